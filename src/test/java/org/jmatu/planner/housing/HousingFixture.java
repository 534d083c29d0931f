package org.jmatu.planner.housing;

import java.util.Comparator;
import java.util.List;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.StaffingService;
import org.springframework.context.ApplicationContext;

/**
 * The small example the housing tests share, on the demo battalion's horizon (six periods from 2027-H1): family
 * housing for five in 2027-H1 and six from 2027-H2 on, barracks for 5,000. A published roster puts three people in
 * J1, J2 and J3's chief posts in 2027-H1 and three others in 2027-H2, who arrive during the hand-over overlap: in
 * 2027-H1 six people need family housing (one over capacity), in 2027-H2 three (three to spare).
 */
public final class HousingFixture {

    public static final String FAMILY_CODE = "FIX-FH";
    static final Growth.Garrison FAMILY = new Growth.Garrison(FAMILY_CODE, "Fixture family quarters",
            "FAMILY_HOUSING", "KAZ", 120_000, List.of(new Growth.Capacity(0, 5), new Growth.Capacity(1, 6)));
    static final Growth.Garrison BARRACKS = new Growth.Garrison("FIX-BKS", "Fixture barracks", "BARRACKS",
            "RUS", 200_000, List.of(new Growth.Capacity(0, 5_000)));

    private HousingFixture() {
    }

    /** Puts the fixture's garrisons in place of the stored ones and publishes its roster; returns what was stored. */
    public static Growth install(ApplicationContext context) {
        GarrisonStore store = context.getBean(GarrisonStore.class);
        Growth stored = store.read(Growth.none());
        store.write(Growth.none().withGarrisons(List.of(FAMILY, BARRACKS)));
        List<Person> people = context.getBean(StaffingService.class).findAllPeople().stream()
                .sorted(Comparator.comparing(Person::getCode)).limit(6).toList();
        List<PlanRow> rows = List.of(new PlanRow("J1-CH", 0, people.get(0).getCode()),
                new PlanRow("J2-CH", 0, people.get(1).getCode()), new PlanRow("J3-CH", 0, people.get(2).getCode()),
                new PlanRow("J1-CH", 1, people.get(3).getCode()), new PlanRow("J2-CH", 1, people.get(4).getCode()),
                new PlanRow("J3-CH", 1, people.get(5).getCode()));
        RosterVersionService rosters = context.getBean(RosterVersionService.class);
        rosters.publish(rosters.saveDraft("Housing fixture roster", new RotationPlan(RotationPlan.FORMAT,
                "Battalion 2027-2029", null, rows, List.of()), List.of(), "housing fixture").id());
        return stored;
    }

    /** Puts {@code stored} (what {@link #install} returned) back. */
    public static void restore(ApplicationContext context, Growth stored) {
        context.getBean(GarrisonStore.class).write(stored);
    }
}
