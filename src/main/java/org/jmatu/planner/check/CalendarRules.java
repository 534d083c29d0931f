package org.jmatu.planner.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;

/** Hard rules 10–16 of docs/file-formats.md: the exercise calendar. */
final class CalendarRules {

    private final ScenarioIndex index;
    private final List<Violation> violations;
    /** The scheduled rows that name a known exercise and area, first row per exercise. */
    private final List<Scheduled> scheduled = new ArrayList<>();

    /** An exercise as scheduled, with its last day worked out from the scenario's duration. */
    private record Scheduled(Scenario.Exercise exercise, LocalDate start, LocalDate end, Scenario.TrainingArea area,
                             List<Scenario.Company> companies) {

        boolean overlaps(Scheduled other) {
            return !start.isAfter(other.end) && !other.start.isAfter(end);
        }

        String id() {
            return exercise.id();
        }

        /** "CFX-2027-1 (2027-04-05 – 2027-04-18 at ILI)". */
        String describe() {
            return exercise.id() + " (" + start + " – " + end + " at " + area.id() + ")";
        }
    }

    private CalendarRules(ScenarioIndex index, Plan plan, List<Violation> violations) {
        this.index = index;
        this.violations = violations;
        Set<String> seen = new HashSet<>();
        for (Plan.ExerciseRow row : plan.exercises()) {
            Scenario.Exercise exercise = index.exercises.get(row.exercise());
            Scenario.TrainingArea area = row.trainingArea() == null ? null : index.areas.get(row.trainingArea());
            if (exercise != null && area != null && row.start() != null && seen.add(exercise.id())) {
                // Unknown companies are a structure problem; the rules judge the known ones, each once.
                List<Scenario.Company> companies = new LinkedHashSet<>(row.companies()).stream()
                        .map(index.companies::get).filter(company -> company != null).toList();
                scheduled.add(new Scheduled(exercise, row.start(),
                        row.start().plusDays(exercise.durationDays() - 1L), area, companies));
            }
        }
    }

    static void check(ScenarioIndex index, Plan plan, List<Violation> violations) {
        CalendarRules rules = new CalendarRules(index, plan, violations);
        rules.window();
        rules.areaOpen();
        rules.areaCapacityAndExclusivity();
        rules.participation();
        rules.capabilities();
        rules.blackouts();
        rules.pins(plan);
    }

    private void window() {
        for (Scheduled run : scheduled) {
            Scenario.Exercise exercise = run.exercise();
            if (run.start().isBefore(exercise.earliestStart()) || run.end().isAfter(exercise.latestEnd())) {
                report(HardRule.WINDOW, run.id() + " runs " + run.start() + " – " + run.end() + ", outside its window "
                        + exercise.earliestStart() + " – " + exercise.latestEnd());
            }
        }
    }

    private void areaOpen() {
        for (Scheduled run : scheduled) {
            Set<Integer> closed = new TreeSet<>();
            for (LocalDate day = run.start(); !day.isAfter(run.end()); day = day.plusDays(1)) {
                if (run.area().closedMonths().contains(day.getMonthValue())) {
                    closed.add(day.getMonthValue());
                }
            }
            if (!closed.isEmpty()) {
                report(HardRule.AREA_OPEN, run.describe() + " has days in month " + closed.stream()
                        .map(String::valueOf).collect(Collectors.joining(", ")) + ", when " + run.area().id()
                        + " is closed");
            }
        }
    }

    private void areaCapacityAndExclusivity() {
        for (int first = 0; first < scheduled.size(); first++) {
            Scheduled run = scheduled.get(first);
            if (run.companies().size() > run.area().capacity()) {
                report(HardRule.AREA_CAPACITY, run.describe() + " has " + run.companies().size()
                        + " companies; the area takes " + run.area().capacity());
            }
            for (int second = first + 1; second < scheduled.size(); second++) {
                Scheduled other = scheduled.get(second);
                if (run.area() == other.area() && run.overlaps(other)) {
                    report(HardRule.AREA_CAPACITY, run.describe() + " and " + other.describe() + " overlap in "
                            + run.area().id());
                }
            }
        }
    }

    private void participation() {
        Map<String, List<Scheduled>> byCompany = new HashMap<>();
        for (Scheduled run : scheduled) {
            Scenario.Exercise exercise = run.exercise();
            int count = run.companies().size();
            if (count < exercise.minCompanies() || count > exercise.maxCompanies()) {
                report(HardRule.PARTICIPATION, run.describe() + " has " + count + " companies; it needs "
                        + exercise.minCompanies() + "–" + exercise.maxCompanies());
            }
            List<Integer> touched = index.periodsTouched(run.start(), run.end());
            for (Scenario.Company company : run.companies()) {
                List<Integer> detached = touched.stream()
                        .filter(period -> !company.attachedPeriods().contains(period)).toList();
                if (!detached.isEmpty()) {
                    report(HardRule.PARTICIPATION, run.describe() + ": " + company.id() + " is not attached in "
                            + detached.stream().map(index::period).collect(Collectors.joining(", ")));
                }
                for (Scenario.DateSpan away : company.unavailable()) {
                    if (!away.from().isAfter(run.end()) && !run.start().isAfter(away.to())) {
                        report(HardRule.PARTICIPATION, run.describe() + ": " + company.id() + " is unavailable "
                                + away.from() + " – " + away.to());
                    }
                }
                for (Scheduled earlier : byCompany.getOrDefault(company.id(), List.of())) {
                    if (earlier.overlaps(run)) {
                        report(HardRule.PARTICIPATION, company.id() + " is in both " + earlier.describe() + " and "
                                + run.describe() + ", which overlap");
                    }
                }
                byCompany.computeIfAbsent(company.id(), key -> new ArrayList<>()).add(run);
            }
        }
    }

    private void capabilities() {
        for (Scheduled run : scheduled) {
            Set<String> brought = new TreeSet<>();
            run.companies().forEach(company -> brought.addAll(index.capabilities(company)));
            Set<String> missing = new TreeSet<>(run.exercise().requiredCapabilities());
            missing.removeAll(brought);
            if (!missing.isEmpty()) {
                report(HardRule.CAPABILITIES, run.describe() + " lacks " + String.join(", ", missing)
                        + " (companies " + (run.companies().isEmpty() ? "none" : run.companies().stream()
                        .map(Scenario.Company::id).collect(Collectors.joining(", "))) + ")");
            }
        }
    }

    private void blackouts() {
        for (Scheduled run : scheduled) {
            for (Scenario.Blackout blackout : index.scenario.blackouts()) {
                if (blackout.from().isAfter(run.end()) || run.start().isAfter(blackout.to())) {
                    continue;
                }
                List<String> concerned = new ArrayList<>();
                if (blackout.nations().contains(run.area().nation())) {
                    concerned.add(run.area().nation() + " (host)");
                }
                run.companies().stream().filter(company -> blackout.nations().contains(company.nation()))
                        .forEach(company -> concerned.add(company.nation() + " (" + company.id() + ")"));
                if (!concerned.isEmpty()) {
                    report(HardRule.BLACKOUTS, run.describe() + " falls in blackout " + blackout.name() + " ("
                            + blackout.from() + " – " + blackout.to() + ") of " + String.join(", ", concerned));
                }
            }
        }
    }

    private void pins(Plan plan) {
        Map<String, Plan.ExerciseRow> rows = new HashMap<>();
        plan.exercises().forEach(row -> rows.putIfAbsent(row.exercise(), row));
        for (Scenario.PinnedExercise pin : index.scenario.pinned().exercises()) {
            Plan.ExerciseRow row = rows.get(pin.exercise());
            LocalDate start = row == null ? null : row.start();
            String area = row == null ? null : row.trainingArea();
            boolean startKept = pin.start() == null || pin.start().equals(start);
            boolean areaKept = pin.trainingArea() == null || pin.trainingArea().equals(area);
            if (!startKept || !areaKept) {
                report(HardRule.EXERCISE_PINS, pin.exercise() + " is pinned to"
                        + (pin.start() == null ? "" : " start " + pin.start())
                        + (pin.trainingArea() == null ? "" : " at " + pin.trainingArea())
                        + " but " + (start == null ? "is not scheduled" : "starts " + start + " at " + area));
            }
        }
    }

    private void report(HardRule rule, String detail) {
        violations.add(new Violation(rule, detail));
    }
}
