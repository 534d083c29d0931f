package org.jmatu.planner.planning.calendar.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jmatu.planner.planning.calendar.domain.AreaFact;
import org.jmatu.planner.planning.calendar.domain.BlackoutFact;
import org.jmatu.planner.planning.calendar.domain.CalendarHorizon;
import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.calendar.domain.CalendarSolution;
import org.jmatu.planner.planning.calendar.domain.CompanyFact;
import org.jmatu.planner.planning.calendar.domain.CompanyYear;
import org.jmatu.planner.planning.calendar.domain.ConferenceSchedule;
import org.jmatu.planner.planning.calendar.domain.ExerciseAssignment;
import org.jmatu.planner.planning.calendar.domain.ExerciseFact;
import org.jmatu.planner.planning.calendar.domain.Participation;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.jmatu.planner.planning.calendar.domain.PlanningConference;
import org.jmatu.planner.planning.calendar.domain.RosterCoverage;
import org.jmatu.planner.planning.calendar.domain.Span;
import org.jmatu.planner.scenario.Scenario;

/**
 * Builds the calendar problem from a {@link Scenario} and reads a plan back from a solution. The same
 * mapper serves the database (through the scenario exporter), scenario files and the command line.
 */
public final class CalendarMapper {

    private CalendarMapper() {
    }

    public static CalendarSolution toSolution(Scenario scenario) {
        return toSolution(scenario, Map.of(), List.of());
    }

    /**
     * @param rosterStandards per period index, the equipment standards the HQ roster has maintainers for;
     *                        empty when no roster exists (the maintainer rule then only warns)
     * @param initial         a previous plan to start from (rows of unknown exercises are ignored); may be empty
     */
    public static CalendarSolution toSolution(Scenario scenario, Map<Integer, Set<String>> rosterStandards,
                                              List<PlannedExercise> initial) {
        Scenario.Horizon h = scenario.horizon();
        CalendarHorizon horizon = new CalendarHorizon(h.start(), h.periodMonths(), h.periods());

        Map<String, Scenario.EquipmentType> types = scenario.equipmentTypes().stream()
                .collect(Collectors.toMap(Scenario.EquipmentType::id, Function.identity()));
        Map<String, Long> companiesPerNation = scenario.companies().stream()
                .collect(Collectors.groupingBy(Scenario.Company::nation, Collectors.counting()));
        List<CompanyFact> companies = new ArrayList<>();
        for (Scenario.Company c : scenario.companies()) {
            Set<String> capabilities = new TreeSet<>(nullSafe(c.capabilities()));
            Set<String> standards = new TreeSet<>();
            for (Scenario.Holding holding : nullSafe(c.equipment())) {
                Scenario.EquipmentType type = types.get(holding.type());
                if (type == null) {
                    throw new IllegalArgumentException("company " + c.id() + ": unknown equipment type " + holding.type());
                }
                capabilities.addAll(nullSafe(type.capabilities()));
                standards.add(type.standard());
            }
            List<Span> unavailable = nullSafe(c.unavailable()).stream().map(s -> new Span(s.from(), s.to())).toList();
            companies.add(new CompanyFact(c.id(), c.name(), c.nation(), c.homeBase().lat(), c.homeBase().lon(),
                    Set.copyOf(capabilities), Set.copyOf(standards), attachedSpans(horizon, c.attachedPeriods()),
                    unavailable, companiesPerNation.get(c.nation()).intValue()));
        }

        List<AreaFact> areas = scenario.trainingAreas().stream()
                .map(a -> new AreaFact(a.id(), a.name(), a.nation(), a.capacity(), Set.copyOf(nullSafe(a.closedMonths())),
                        a.location().lat(), a.location().lon()))
                .toList();
        Map<String, AreaFact> areasById = areas.stream().collect(Collectors.toMap(AreaFact::id, Function.identity()));

        List<BlackoutFact> blackouts = new ArrayList<>();
        for (Scenario.Blackout b : nullSafe(scenario.blackouts())) {
            for (String nation : new LinkedHashSet<>(nullSafe(b.nations()))) {
                blackouts.add(new BlackoutFact(b.name(), nation, b.from(), b.to()));
            }
        }

        Map<String, Scenario.PinnedExercise> pins = new HashMap<>();
        if (scenario.pinned() != null) {
            Set<String> exerciseIds = scenario.exercises().stream().map(Scenario.Exercise::id).collect(Collectors.toSet());
            for (Scenario.PinnedExercise pin : nullSafe(scenario.pinned().exercises())) {
                if (!exerciseIds.contains(pin.exercise())) {
                    throw new IllegalArgumentException("pinned.exercises: unknown exercise " + pin.exercise());
                }
                pins.put(pin.exercise(), pin);
            }
        }
        Map<String, PlannedExercise> start = new HashMap<>();
        nullSafe(initial).forEach(r -> start.put(r.exercise(), r));

        List<ExerciseAssignment> assignments = new ArrayList<>();
        List<Participation> participations = new ArrayList<>();
        Set<CompanyYear> companyYears = new LinkedHashSet<>();
        long participationId = 0;
        int index = 0;
        for (Scenario.Exercise e : scenario.exercises()) {
            ExerciseFact fact = new ExerciseFact(e.id(), e.name(), e.scenario(), e.earliestStart(), e.latestEnd(),
                    e.durationDays(), e.minCompanies(), e.maxCompanies(),
                    Set.copyOf(nullSafe(e.requiredCapabilities())), e.earliestStart().getYear());
            Scenario.PinnedExercise pin = pins.get(e.id());
            LocalDate pinnedStart = pin == null ? null : pin.start();
            String pinnedArea = pin == null ? null : pin.trainingArea();
            if (pinnedArea != null && !areasById.containsKey(pinnedArea)) {
                throw new IllegalArgumentException("pinned.exercises " + e.id() + ": unknown trainingArea " + pinnedArea);
            }
            List<LocalDate> startRange = pinnedStart != null ? List.of(pinnedStart) : startRange(e);
            List<AreaFact> areaRange = pinnedArea != null ? List.of(areasById.get(pinnedArea)) : areas;
            ExerciseAssignment assignment = new ExerciseAssignment(fact, index++, startRange, areaRange,
                    pinnedStart, pinnedArea);
            PlannedExercise previous = start.get(e.id());
            if (pinnedStart != null) {
                assignment.setStart(pinnedStart);
            } else if (previous != null && startRange.contains(previous.start())) {
                assignment.setStart(previous.start());
            }
            if (pinnedArea != null) {
                assignment.setArea(areasById.get(pinnedArea));
            } else if (previous != null && areasById.containsKey(previous.trainingArea())) {
                assignment.setArea(areasById.get(previous.trainingArea()));
            }
            assignments.add(assignment);

            List<CompanyFact> eligible = companies.stream()
                    .filter(c -> c.attached().stream().anyMatch(s -> s.overlapDays(new Span(e.earliestStart(), e.latestEnd())) > 0))
                    .toList();
            if (eligible.isEmpty()) {
                eligible = companies; // every choice then breaks "Company attached", which says why
            }
            for (CompanyFact company : eligible) {
                Participation participation = new Participation(participationId++, assignment, company);
                if (previous != null) {
                    participation.setParticipating(previous.companies().contains(company.id()));
                }
                participations.add(participation);
                companyYears.add(new CompanyYear(company, fact.year()));
            }
        }

        List<RosterCoverage> coverage = new ArrayList<>();
        new TreeMap<>(rosterStandards).forEach((period, standards) -> coverage.add(
                new RosterCoverage(period, horizon.periodStart(period), horizon.periodEnd(period), Set.copyOf(standards))));

        return new CalendarSolution(scenario.name(), horizon, areas, companies, blackouts, new ArrayList<>(companyYears),
                coverage, assignments, participations);
    }

    static List<LocalDate> startRange(Scenario.Exercise e) {
        List<LocalDate> range = new ArrayList<>();
        LocalDate last = e.latestEnd().minusDays(e.durationDays() - 1L);
        for (LocalDate day = e.earliestStart(); !day.isAfter(last); day = day.plusDays(1)) {
            range.add(day);
        }
        if (range.isEmpty()) {
            range.add(e.earliestStart()); // the window is shorter than the exercise: "Exercise inside window" says so
        }
        return List.copyOf(range);
    }

    static List<Span> attachedSpans(CalendarHorizon horizon, List<Integer> attachedPeriods) {
        List<Integer> periods = new ArrayList<>(new TreeSet<>(nullSafe(attachedPeriods)));
        List<Span> spans = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        int last = Integer.MIN_VALUE;
        for (int p : periods) {
            if (p < 0 || p >= horizon.periods()) {
                continue;
            }
            if (from != null && p == last + 1) {
                to = horizon.periodEnd(p);
            } else {
                if (from != null) {
                    spans.add(new Span(from, to));
                }
                from = horizon.periodStart(p);
                to = horizon.periodEnd(p);
            }
            last = p;
        }
        if (from != null) {
            spans.add(new Span(from, to));
        }
        return List.copyOf(spans);
    }

    /** Reads the plan rows, conferences, thin years and warnings out of a (solved) solution. */
    public static CalendarPlan toPlan(CalendarSolution solution, ConferenceSchedule schedule) {
        Map<ExerciseAssignment, List<String>> companies = new HashMap<>();
        for (Participation p : solution.getParticipations()) {
            if (p.isParticipating()) {
                companies.computeIfAbsent(p.getAssignment(), a -> new ArrayList<>()).add(p.getCompany().id());
            }
        }
        List<PlannedExercise> rows = new ArrayList<>();
        List<PlanningConference> conferences = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (ExerciseAssignment a : solution.getAssignments()) {
            if (a.getStart() == null || a.getArea() == null) {
                warnings.add(a.getId() + " has no date or area yet");
                continue;
            }
            List<String> ids = new ArrayList<>(companies.getOrDefault(a, List.of()));
            ids.sort(Comparator.naturalOrder());
            PlannedExercise row = new PlannedExercise(a.getId(), a.getStart(), a.getEnd(), a.getArea().id(), List.copyOf(ids));
            rows.add(row);
            conferences.addAll(schedule.conferencesFor(row));
        }
        conferences.sort(Comparator.comparing(PlanningConference::date).thenComparing(PlanningConference::exercise));

        if (solution.getRosterCoverage().isEmpty()) {
            Set<String> standards = new TreeSet<>();
            solution.getParticipations().stream().filter(Participation::isParticipating)
                    .forEach(p -> standards.addAll(p.getCompany().standards()));
            if (!standards.isEmpty()) {
                warnings.add("No HQ roster to check against: make sure maintainers for " + String.join(", ", standards)
                        + " equipment are on the staff when the exercises run");
            }
        }
        String score = solution.getScore() == null ? null : solution.getScore().toString();
        boolean feasible = solution.getScore() != null && solution.getScore().isFeasible();
        return new CalendarPlan(solution.getName(), score, feasible, List.copyOf(rows), List.copyOf(conferences),
                thinYears(solution.getHorizon(), rows, solution.getAssignments()), List.copyOf(warnings));
    }

    static List<CalendarPlan.ThinYear> thinYears(CalendarHorizon horizon, List<PlannedExercise> rows,
                                                 List<ExerciseAssignment> assignments) {
        Map<Integer, Integer> perYear = new TreeMap<>();
        for (int year = horizon.start().getYear(); year <= horizon.end().getYear(); year++) {
            perYear.put(year, 0);
        }
        Set<String> planned = new HashSet<>();
        for (PlannedExercise row : rows) {
            perYear.merge(row.start().getYear(), 1, Integer::sum);
            planned.add(row.exercise());
        }
        for (ExerciseAssignment a : assignments) {
            if (!planned.contains(a.getId())) {
                perYear.merge(a.getExercise().year(), 1, Integer::sum);
            }
        }
        return perYear.entrySet().stream().filter(e -> e.getValue() < 2)
                .map(e -> new CalendarPlan.ThinYear(e.getKey(), e.getValue())).toList();
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
