package org.jmatu.planner.check;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;

/**
 * The plan file's own rules (docs/file-formats.md, "Plan"): a rotation row for every active slot and none for an
 * inactive one, every unfilled slot in gaps, one exercises row per scenario exercise, end = start +
 * durationDays - 1, and only records the scenario knows.
 */
final class PlanStructure {

    private final ScenarioIndex index;
    private final List<Violation> violations;

    private PlanStructure(ScenarioIndex index, List<Violation> violations) {
        this.index = index;
        this.violations = violations;
    }

    static void check(ScenarioIndex index, Plan plan, List<Violation> violations) {
        PlanStructure structure = new PlanStructure(index, violations);
        structure.rotation(plan.rotation(), plan.gaps());
        structure.exercises(plan.exercises());
        structure.courseSeats(plan.courseSeats());
    }

    private void courseSeats(List<Plan.CourseSeat> seats) {
        for (Plan.CourseSeat seat : seats) {
            if (!index.courses.containsKey(seat.course())) {
                report("course seat for unknown language course " + seat.course());
            }
            if (!index.people.containsKey(seat.person())) {
                report("course seat on " + seat.course() + " for unknown person " + seat.person());
            }
        }
    }

    private void rotation(List<Plan.RotationRow> rows, List<Plan.Gap> gaps) {
        Map<String, Plan.RotationRow> slots = new HashMap<>();
        for (Plan.RotationRow row : rows) {
            Scenario.Post post = index.posts.get(row.post());
            if (post == null) {
                report("rotation row for unknown post " + row.post() + " in " + index.period(row.period()));
                continue;
            }
            if (!index.validPeriod(row.period())) {
                report("rotation row for " + row.post() + " in " + index.period(row.period())
                        + ", outside the horizon's " + index.periods.size() + " periods");
                continue;
            }
            if (row.person() != null && !index.people.containsKey(row.person())) {
                report(row.post() + " in " + index.period(row.period()) + " is held by unknown person " + row.person());
            }
            if (slots.putIfAbsent(slot(row.post(), row.period()), row) != null) {
                report(row.post() + " in " + index.period(row.period()) + " has more than one rotation row");
            }
            String inactive = index.inactiveBecause(post, row.period());
            if (inactive != null && row.person() == null) {
                // A filled inactive slot breaks rule 1; an empty row for it is only a malformed file.
                report("rotation row for " + row.post() + " in " + index.period(row.period())
                        + ", which is not an active slot: " + inactive);
            }
        }
        for (Scenario.Post post : index.posts.values()) {
            for (int period = 0; period < index.periods.size(); period++) {
                if (index.active(post, period) && !slots.containsKey(slot(post.id(), period))) {
                    report("no rotation row for active slot " + post.id() + " in " + index.period(period));
                }
            }
        }
        gaps(slots, gaps);
    }

    private void gaps(Map<String, Plan.RotationRow> slots, List<Plan.Gap> gaps) {
        Set<String> gapSlots = new HashSet<>();
        for (Plan.Gap gap : gaps) {
            gapSlots.add(slot(gap.post(), gap.period()));
            Plan.RotationRow row = slots.get(slot(gap.post(), gap.period()));
            if (row != null && row.person() != null) {
                report("gap listed for " + gap.post() + " in " + index.period(gap.period())
                        + ", but the slot is held by " + row.person());
            }
            if (gap.reason() == null || gap.reason().isBlank()) {
                report("gap for " + gap.post() + " in " + index.period(gap.period()) + " gives no reason");
            }
        }
        for (Plan.RotationRow row : slots.values().stream()
                .sorted(Comparator.comparingInt(Plan.RotationRow::period).thenComparing(Plan.RotationRow::post))
                .toList()) {
            Scenario.Post post = index.posts.get(row.post());
            if (row.person() == null && index.active(post, row.period())
                    && !gapSlots.contains(slot(row.post(), row.period()))) {
                report(row.post() + " in " + index.period(row.period()) + " is unfilled but not listed in gaps");
            }
        }
    }

    private void exercises(List<Plan.ExerciseRow> rows) {
        Set<String> seen = new HashSet<>();
        for (Plan.ExerciseRow row : rows) {
            Scenario.Exercise exercise = index.exercises.get(row.exercise());
            if (exercise == null) {
                report("exercises row for unknown exercise " + row.exercise());
                continue;
            }
            if (!seen.add(row.exercise())) {
                report(row.exercise() + " has more than one exercises row");
            }
            if (row.start() == null || row.trainingArea() == null) {
                report(row.exercise() + " is not scheduled: it has no " + (row.start() == null ? "start" : "training area"));
            } else if (!index.areas.containsKey(row.trainingArea())) {
                report(row.exercise() + " is at unknown training area " + row.trainingArea());
            }
            if (row.start() != null) {
                LocalDate end = row.start().plusDays(exercise.durationDays() - 1L);
                if (!end.equals(row.end())) {
                    report(row.exercise() + " ends " + row.end() + ", but starting " + row.start() + " for "
                            + exercise.durationDays() + " days it ends " + end);
                }
            }
            Set<String> companies = new HashSet<>();
            for (String company : row.companies()) {
                if (!index.companies.containsKey(company)) {
                    report(row.exercise() + " lists unknown company " + company);
                } else if (!companies.add(company)) {
                    report(row.exercise() + " lists company " + company + " twice");
                }
            }
        }
        for (Scenario.Exercise exercise : index.exercises.values()) {
            if (!seen.contains(exercise.id())) {
                report("no exercises row for " + exercise.id());
            }
        }
    }

    private void report(String detail) {
        violations.add(new Violation(HardRule.STRUCTURE, detail));
    }

    static String slot(String post, int period) {
        return post + "@" + period;
    }
}
