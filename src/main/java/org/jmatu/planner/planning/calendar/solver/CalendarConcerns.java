package org.jmatu.planner.planning.calendar.solver;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.jmatu.planner.scenario.Scenario;

/**
 * What concerns one nation: the exercises it hosts (its training area) or sends a company to. Shared by the
 * timeline's nation filter and the per-nation iCalendar export.
 */
public final class CalendarConcerns {

    private final Map<String, Scenario.TrainingArea> areas;
    private final Map<String, Scenario.Company> companies;

    public CalendarConcerns(Scenario scenario) {
        this.areas = scenario.trainingAreas().stream()
                .collect(Collectors.toMap(Scenario.TrainingArea::id, Function.identity()));
        this.companies = scenario.companies().stream()
                .collect(Collectors.toMap(Scenario.Company::id, Function.identity()));
    }

    /** The host nation of a planned exercise (its training area's nation), or null for an unknown area. */
    public String hostNation(PlannedExercise row) {
        Scenario.TrainingArea area = areas.get(row.trainingArea());
        return area == null ? null : area.nation();
    }

    /** True when {@code nation} is null (no filter), hosts the exercise, or sends a company to it. */
    public boolean concerns(PlannedExercise row, String nation) {
        if (nation == null) {
            return true;
        }
        if (nation.equals(hostNation(row))) {
            return true;
        }
        return row.companies().stream().map(companies::get)
                .anyMatch(company -> company != null && nation.equals(company.nation()));
    }
}
