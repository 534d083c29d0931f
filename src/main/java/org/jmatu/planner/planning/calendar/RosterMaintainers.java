package org.jmatu.planner.planning.calendar;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jmatu.planner.planning.rotation.PlanRow;
import org.jmatu.planner.planning.rotation.RosterPlanService;
import org.jmatu.planner.planning.rotation.StoredRoster;
import org.jmatu.planner.scenario.Scenario;
import org.springframework.stereotype.Component;

/**
 * Which equipment standards the HQ roster has maintainers for, period by period: what the calendar's
 * "maintainers in the HQ roster" rule checks. It reads the published roster, or the newest draft; without
 * any roster it gives nothing, and the calendar shows a warning instead.
 */
@Component
public class RosterMaintainers {

    private final RosterPlanService rosters;

    RosterMaintainers(RosterPlanService rosters) {
        this.rosters = rosters;
    }

    public Map<Integer, Set<String>> standardsByPeriod(Scenario scenario) {
        Optional<StoredRoster> roster = rosters.baseline().or(rosters::latest);
        return roster.map(found -> coverage(scenario, found.rows())).orElse(Map.of());
    }

    /** Per period index, the standards whose maintenance skill one of that period's holders has. */
    public static Map<Integer, Set<String>> coverage(Scenario scenario, List<PlanRow> rows) {
        Map<String, Set<String>> standardsBySkill = new HashMap<>();
        scenario.equipmentTypes().stream().filter(type -> type.maintenanceSkill() != null)
                .forEach(type -> standardsBySkill.computeIfAbsent(type.maintenanceSkill(), skill -> new HashSet<>())
                        .add(type.standard()));
        Map<String, Scenario.Person> people = scenario.personnel().stream()
                .collect(Collectors.toMap(Scenario.Person::id, Function.identity()));
        Map<Integer, Set<String>> coverage = new TreeMap<>();
        for (int period = 0; period < scenario.horizon().periods(); period++) {
            coverage.put(period, new HashSet<>());
        }
        for (PlanRow row : rows) {
            Scenario.Person holder = row.person() == null ? null : people.get(row.person());
            if (holder != null && coverage.containsKey(row.period())) {
                holder.skills().forEach(skill -> coverage.get(row.period())
                        .addAll(standardsBySkill.getOrDefault(skill, Set.of())));
            }
        }
        return coverage;
    }
}
