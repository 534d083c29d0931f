package org.jmatu.planner.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;

/**
 * Checks a plan against hard rules 1–18 of docs/file-formats.md and the plan file's structure. Plain Java over the
 * file model, deliberately not sharing code with the solvers, so that a solver bug and a checker bug would
 * have to coincide to go unnoticed. Expects a scenario without reference errors (as the file reader ensures);
 * rows naming unknown records are reported as structure and otherwise skipped.
 */
public final class PlanChecker {

    private PlanChecker() {
    }

    /** Every broken rule, ordered by rule number; empty when the plan keeps them all. */
    public static List<Violation> check(Scenario scenario, Plan plan) {
        ScenarioIndex index = new ScenarioIndex(scenario);
        List<Violation> violations = new ArrayList<>();
        PlanStructure.check(index, plan, violations);
        Attendance attendance = new Attendance(index, plan);
        RotationRules.check(index, plan, attendance, violations);
        CalendarRules.check(index, plan, violations);
        CourseRules.check(index, plan, attendance, violations);
        // Stable sort: within a rule, violations stay in the order of the plan.
        violations.sort(Comparator.comparingInt(violation -> violation.rule().number()));
        return List.copyOf(violations);
    }
}
