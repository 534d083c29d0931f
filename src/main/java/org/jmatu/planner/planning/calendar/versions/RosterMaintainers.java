package org.jmatu.planner.planning.calendar.versions;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.versions.RosterVersion;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.staffing.PersonOutline;
import org.jmatu.planner.staffing.StaffingService;
import org.springframework.stereotype.Component;

/**
 * Which equipment standards the HQ roster has maintainers for, period by period: what the calendar's
 * "maintainers in the HQ roster" rule checks. It reads the published roster, or the newest draft; without
 * any roster it gives nothing, and the calendar shows a warning instead.
 */
@Component
public class RosterMaintainers {

    private final RosterVersionService rosters;
    private final StaffingService staffing;

    RosterMaintainers(RosterVersionService rosters, StaffingService staffing) {
        this.rosters = rosters;
        this.staffing = staffing;
    }

    public Map<Integer, Set<String>> standardsByPeriod(Scenario scenario) {
        Optional<RosterVersion> roster = rosters.baseline().or(rosters::latest);
        if (roster.isEmpty()) {
            return Map.of();
        }
        // a liaison officer's scenario holds only their own nation's people; the holders' skills of every
        // nation come from their outlines, which carry no names
        Map<String, ? extends Collection<String>> skills = staffing.findAllOutlines().stream()
                .collect(Collectors.toMap(PersonOutline::code, PersonOutline::skills));
        return coverage(scenario, skills, roster.get().rows());
    }

    /** Per period index, the standards whose maintenance skill one of that period's holders has. */
    public static Map<Integer, Set<String>> coverage(Scenario scenario, List<PlanRow> rows) {
        return coverage(scenario, scenario.personnel().stream()
                .collect(Collectors.toMap(Scenario.Person::id, Scenario.Person::skills)), rows);
    }

    private static Map<Integer, Set<String>> coverage(Scenario scenario,
                                                      Map<String, ? extends Collection<String>> skillsByPerson,
                                                      List<PlanRow> rows) {
        Map<String, Set<String>> standardsBySkill = new HashMap<>();
        scenario.equipmentTypes().stream().filter(type -> type.maintenanceSkill() != null)
                .forEach(type -> standardsBySkill.computeIfAbsent(type.maintenanceSkill(), skill -> new HashSet<>())
                        .add(type.standard()));
        Map<Integer, Set<String>> coverage = new TreeMap<>();
        for (int period = 0; period < scenario.horizon().periods(); period++) {
            coverage.put(period, new HashSet<>());
        }
        for (PlanRow row : rows) {
            Collection<String> skills = row.person() == null ? null : skillsByPerson.get(row.person());
            if (skills != null && coverage.containsKey(row.period())) {
                skills.forEach(skill -> coverage.get(row.period())
                        .addAll(standardsBySkill.getOrDefault(skill, Set.of())));
            }
        }
        return coverage;
    }
}
