package org.jmatu.planner.ui;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jmatu.planner.forces.EquipmentType;
import org.jmatu.planner.forces.ForcesService;
import org.jmatu.planner.shared.EquipmentStandard;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.NationRole;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.Skill;
import org.jmatu.planner.staffing.StaffingService;
import org.springframework.boot.test.context.TestComponent;

/** Records for UI tests, made through the services under codes no other test (nor the demo data) uses. */
@TestComponent
public class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final NationService nations;
    private final StaffingService staffing;
    private final ForcesService forces;

    TestData(NationService nations, StaffingService staffing, ForcesService forces) {
        this.nations = nations;
        this.staffing = staffing;
        this.forces = forces;
    }

    /** "QAA", "QAB", …: three letters as a nation code needs, starting with Q which no member nation has. */
    public static String nationCode() {
        int n = SEQUENCE.getAndIncrement();
        return "Q" + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
    }

    /** A code for any other record, e.g. "T-QAC". */
    public static String code(String prefix) {
        return prefix + "-" + nationCode();
    }

    public Nation nation() {
        String code = nationCode();
        return nations.save(new Nation(code, "Testland " + code, NationRole.REGIONAL, EquipmentStandard.SOVIET,
                2, 2, 0.1));
    }

    public Skill skill() {
        return staffing.save(new Skill(code("SK").replace('-', '_'), "Test skill"));
    }

    public EquipmentType equipmentType(Nation origin) {
        return forces.save(new EquipmentType(code("EQ"), "Test mortar", origin, EquipmentStandard.CHINESE,
                Set.of("INDIRECT_FIRE"), "MAINT_CHINESE"));
    }

    public Person person(Nation nation) {
        return staffing.save(new Person(code(nation.getCode()), "Test Person", nation, Rank.OF_3, 3,
                LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31)));
    }
}
