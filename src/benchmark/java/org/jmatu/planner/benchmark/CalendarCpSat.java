package org.jmatu.planner.benchmark;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jmatu.planner.planning.calendar.domain.AreaFact;
import org.jmatu.planner.planning.calendar.domain.BlackoutFact;
import org.jmatu.planner.planning.calendar.domain.CalendarSolution;
import org.jmatu.planner.planning.calendar.domain.CompanyFact;
import org.jmatu.planner.planning.calendar.domain.CompanyYear;
import org.jmatu.planner.planning.calendar.domain.ExerciseAssignment;
import org.jmatu.planner.planning.calendar.domain.Participation;

/**
 * The exact reference for the calendar (issue 13), as {@link RotationCpSat} is for the roster: the calendar
 * problem of {@code CalendarMapper} in OR-Tools CP-SAT, with the hard rules as constraints and the soft rules of
 * {@code CalendarConstraintProvider} modelled exactly in the objective, so that CP-SAT's objective is minus the
 * soft score OptaPlanner would give the same calendar (each plan is re-scored by OptaPlanner to check that).
 *
 * <p>Decisions: {@code y[e,s,k]} for each start and area of an exercise that keep rules 10, 11 and 15 (host),
 * exactly one per exercise; {@code z[e,c]} for each participation. Rules 13 (attached, available) and 15
 * (participants) are one constraint per participation (the company may take part only at starts where it can),
 * rule 12 and "one exercise at a time" are no-overlap constraints over optional intervals (per area, per company),
 * rule 13's counts and rule 14 are linear. Soft: host changes through pairwise order literals with "between"
 * literals, hosting pairs and the balance's squares through one-hot tables and products, the yearly training,
 * spread and travel exactly. Rule 16 and the maintainer rule need pins and a roster, which benchmark problems do
 * not have (the model refuses them).
 */
final class CalendarCpSat {

    record Trace(double seconds, long objective, long bound) {
    }

    record Outcome(String status, long objective, long bound, double seconds, List<Trace> trace,
                   Map<String, long[]> placement, int variables, int constraints) {
    }

    private final CalendarSolution problem;
    private final CpModel model = new CpModel();
    private final List<ExerciseAssignment> exercises;
    private final Map<ExerciseAssignment, Map<long[], BoolVar>> y = new LinkedHashMap<>();
    private final Map<Participation, BoolVar> z = new LinkedHashMap<>();
    private final Map<ExerciseAssignment, IntVar> startDay = new HashMap<>();
    private final Map<ExerciseAssignment, Map<String, LinearExprBuilder>> host = new HashMap<>();
    private final LinearExprBuilder objective = LinearExpr.newBuilder();
    private final long epoch;

    CalendarCpSat(CalendarSolution problem) {
        if (!problem.getRosterCoverage().isEmpty() || problem.getAssignments().stream().anyMatch(a -> a.getPinnedStart() != null
                || a.getPinnedArea() != null)) {
            throw new IllegalArgumentException("the CP-SAT calendar model has no pins and no roster coverage");
        }
        this.problem = problem;
        this.exercises = problem.getAssignments();
        this.epoch = exercises.stream().mapToLong(a -> a.getStartRange().getFirst().toEpochDay()).min().orElse(0);
    }

    Outcome solve(double seconds, int workers) {
        Loader.loadNativeLibraries();
        boolean feasible = build();
        long start = System.nanoTime();
        if (!feasible) {
            return new Outcome("INFEASIBLE (an exercise has no start and area keeping rules 10, 11 and 15)",
                    Long.MAX_VALUE, Long.MAX_VALUE, 0, List.of(), Map.of(), 0, 0);
        }
        model.minimize(objective.build());
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(seconds);
        solver.getParameters().setNumWorkers(workers);
        List<Trace> trace = new ArrayList<>();
        CpSolverStatus status = solver.solve(model, new CpSolverSolutionCallback() {
            @Override
            public void onSolutionCallback() {
                trace.add(new Trace((System.nanoTime() - start) / 1e9, (long) objectiveValue(), (long) bestObjectiveBound()));
            }
        });
        double spent = (System.nanoTime() - start) / 1e9;
        Map<String, long[]> placement = new LinkedHashMap<>();
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            for (ExerciseAssignment a : exercises) {
                for (Map.Entry<long[], BoolVar> option : y.get(a).entrySet()) {
                    if (solver.booleanValue(option.getValue())) {
                        placement.put(a.getId(), option.getKey());
                    }
                }
            }
            for (Map.Entry<Participation, BoolVar> p : z.entrySet()) {
                if (solver.booleanValue(p.getValue())) {
                    placement.put(p.getKey().getAssignment().getId() + "/" + p.getKey().getCompany().id(), new long[0]);
                }
            }
        }
        boolean solved = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        return new Outcome(status.name(), solved ? (long) solver.objectiveValue() : Long.MAX_VALUE,
                (long) solver.bestObjectiveBound(), spent, trace, placement, model.model().getVariablesCount(),
                model.model().getConstraintsCount());
    }

    /** Puts CP-SAT's calendar into the (initialized) solution: each exercise's start and area, each participation. */
    void apply(Outcome outcome, CalendarSolution solution) {
        Map<String, AreaFact> areas = new HashMap<>();
        solution.getAreas().forEach(a -> areas.put(a.id(), a));
        for (ExerciseAssignment a : solution.getAssignments()) {
            long[] option = outcome.placement().get(a.getId());
            a.setStart(a.getStartRange().get((int) option[0]));
            a.setArea(a.getAreaRange().get((int) option[1]));
        }
        for (Participation p : solution.getParticipations()) {
            p.setParticipating(outcome.placement().containsKey(p.getAssignment().getId() + "/" + p.getCompany().id()));
        }
    }

    private boolean build() {
        Map<String, List<BlackoutFact>> blackouts = new HashMap<>();
        problem.getBlackouts().forEach(b -> blackouts.computeIfAbsent(b.nation(), n -> new ArrayList<>()).add(b));
        Map<ExerciseAssignment, List<Participation>> participations = new LinkedHashMap<>();
        exercises.forEach(a -> participations.put(a, new ArrayList<>()));
        problem.getParticipations().forEach(p -> participations.get(p.getAssignment()).add(p));
        Map<AreaFact, List<IntervalVar>> areaIntervals = new LinkedHashMap<>();
        Map<CompanyFact, List<IntervalVar>> companyIntervals = new LinkedHashMap<>();
        Map<ExerciseAssignment, Map<Integer, LinearExprBuilder>> startIndicator = new HashMap<>();

        for (ExerciseAssignment a : exercises) {
            int duration = a.getExercise().durationDays();
            Map<long[], BoolVar> options = new LinkedHashMap<>();
            Map<Integer, LinearExprBuilder> atStart = new TreeMap<>();
            Map<Integer, LinearExprBuilder> inArea = new TreeMap<>();
            LinearExprBuilder capacity = LinearExpr.newBuilder();
            LinearExprBuilder day = LinearExpr.newBuilder();
            Map<String, LinearExprBuilder> hostOf = new TreeMap<>();
            for (int s = 0; s < a.getStartRange().size(); s++) {
                LocalDate from = a.getStartRange().get(s);
                LocalDate to = from.plusDays(duration - 1L);
                if (from.isBefore(a.getExercise().earliestStart()) || to.isAfter(a.getExercise().latestEnd())) {
                    continue;
                }
                for (int k = 0; k < a.getAreaRange().size(); k++) {
                    AreaFact area = a.getAreaRange().get(k);
                    if (area.closedDays(from, to) > 0 || blackedOut(blackouts, area.nation(), from, to)) {
                        continue;
                    }
                    BoolVar option = model.newBoolVar(a.getId() + "@" + s + "/" + area.id());
                    options.put(new long[] {s, k}, option);
                    atStart.computeIfAbsent(s, x -> LinearExpr.newBuilder()).add(option);
                    inArea.computeIfAbsent(k, x -> LinearExpr.newBuilder()).add(option);
                    capacity.addTerm(option, area.capacity());
                    day.addTerm(option, from.toEpochDay() - epoch);
                    hostOf.computeIfAbsent(area.nation(), x -> LinearExpr.newBuilder()).add(option);
                }
            }
            if (options.isEmpty()) {
                return false;
            }
            y.put(a, options);
            model.addExactlyOne(options.values().toArray(new com.google.ortools.sat.Literal[0]));
            startIndicator.put(a, atStart);
            host.put(a, hostOf);
            IntVar startVar = model.newIntVar(0, 100_000, a.getId() + ".start");
            model.addEquality(startVar, day.build());
            startDay.put(a, startVar);
            for (Map.Entry<Integer, LinearExprBuilder> area : inArea.entrySet()) {
                BoolVar used = model.newBoolVar(a.getId() + ".area" + area.getKey());
                model.addEquality(used, area.getValue().build());
                areaIntervals.computeIfAbsent(a.getAreaRange().get(area.getKey()), x -> new ArrayList<>())
                        .add(model.newOptionalFixedSizeIntervalVar(startVar, duration, used, a.getId() + "@area"));
            }
            LinearExprBuilder count = LinearExpr.newBuilder();
            Map<String, LinearExprBuilder> holders = new TreeMap<>();
            a.getExercise().requiredCapabilities().forEach(r -> holders.put(r, LinearExpr.newBuilder()));
            for (Participation p : participations.get(a)) {
                BoolVar in = model.newBoolVar(p.toString());
                z.put(p, in);
                count.add(in);
                CompanyFact company = p.getCompany();
                for (String capability : company.capabilities()) {
                    if (holders.containsKey(capability)) {
                        holders.get(capability).add(in);
                    }
                }
                // rules 13 and 15 for the company: it may only take part at a start where it can
                LinearExprBuilder can = LinearExpr.newBuilder();
                for (Map.Entry<Integer, LinearExprBuilder> s : atStart.entrySet()) {
                    LocalDate from = a.getStartRange().get(s.getKey());
                    LocalDate to = from.plusDays(duration - 1L);
                    if (company.daysNotAttached(from, to) == 0 && company.daysUnavailable(from, to) == 0
                            && !blackedOut(blackouts, company.nation(), from, to)) {
                        can.add(s.getValue().build());
                    }
                }
                model.addLessOrEqual(in, can.build());
                companyIntervals.computeIfAbsent(company, x -> new ArrayList<>())
                        .add(model.newOptionalFixedSizeIntervalVar(startVar, duration, in, p + "@company"));
                // short travel: 1 per 100 km (rounded) to the chosen area
                for (int k = 0; k < a.getAreaRange().size(); k++) {
                    long km = Math.round(company.distanceKmTo(a.getAreaRange().get(k)) / 100);
                    if (km > 0 && inArea.containsKey(k)) {
                        BoolVar travel = model.newBoolVar(p + ".travel" + k);
                        model.addGreaterOrEqual(LinearExpr.newBuilder().add(travel).add(1).build(),
                                LinearExpr.newBuilder().add(in).add(inArea.get(k).build()).build());
                        objective.addTerm(travel, km);
                    }
                }
            }
            LinearExpr counted = count.build();
            model.addLinearConstraint(counted, a.getExercise().minCompanies(), a.getExercise().maxCompanies());
            model.addLessOrEqual(counted, capacity.build());
            for (LinearExprBuilder holder : holders.values()) {
                model.addGreaterOrEqual(holder.build(), 1);
            }
        }
        areaIntervals.values().forEach(model::addNoOverlap);
        companyIntervals.values().forEach(model::addNoOverlap);

        hostingAndHostChanges();
        companyYears(participations);
        spread();
        balance();
        return true;
    }

    private static boolean blackedOut(Map<String, List<BlackoutFact>> blackouts, String nation, LocalDate from, LocalDate to) {
        return blackouts.getOrDefault(nation, List.of()).stream().anyMatch(b -> b.overlapDays(from, to) > 0);
    }

    /** 50 per pair of exercises one nation hosts; 100 per pair of consecutive exercises (by start, then index) with one host. */
    private void hostingAndHostChanges() {
        TreeSet<String> nations = new TreeSet<>();
        host.values().forEach(h -> nations.addAll(h.keySet()));
        Map<String, Map<ExerciseAssignment, BoolVar>> hosts = new HashMap<>();
        for (String nation : nations) {
            LinearExprBuilder hosted = LinearExpr.newBuilder();
            Map<ExerciseAssignment, BoolVar> byExercise = new HashMap<>();
            for (ExerciseAssignment a : exercises) {
                BoolVar h = model.newBoolVar(a.getId() + ".host" + nation);
                LinearExprBuilder options = host.get(a).get(nation);
                model.addEquality(h, options == null ? LinearExpr.constant(0) : options.build());
                hosted.add(h);
                byExercise.put(a, h);
            }
            hosts.put(nation, byExercise);
            LinearExprBuilder value = LinearExpr.newBuilder();
            LinearExprBuilder one = LinearExpr.newBuilder();
            LinearExprBuilder pairs = LinearExpr.newBuilder();
            for (int n = 0; n <= exercises.size(); n++) {
                BoolVar is = model.newBoolVar(nation + ".hosts" + n);
                one.add(is);
                value.addTerm(is, n);
                pairs.addTerm(is, 50L * n * (n - 1) / 2);
            }
            model.addEquality(one.build(), 1);
            model.addEquality(value.build(), hosted.build());
            objective.add(pairs.build());
        }
        // before[i][j]: exercise i comes before exercise j (start, then index)
        int n = exercises.size();
        BoolVar[][] before = new BoolVar[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                BoolVar b = model.newBoolVar("before" + i + "_" + j);
                IntVar si = startDay.get(exercises.get(i));
                IntVar sj = startDay.get(exercises.get(j));
                model.addLessOrEqual(si, sj).onlyEnforceIf(b);
                model.addGreaterOrEqual(si, LinearExpr.newBuilder().add(sj).add(1).build()).onlyEnforceIf(b.not());
                before[i][j] = b;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                // immediate[i][j] >= before(i, j) - sum over g of between(i, g, j)
                LinearExprBuilder between = LinearExpr.newBuilder();
                for (int g = 0; g < n; g++) {
                    if (g == i || g == j) {
                        continue;
                    }
                    BoolVar btw = model.newBoolVar("between" + i + "_" + g + "_" + j);
                    model.addImplication(btw, order(before, i, g));
                    model.addImplication(btw, order(before, g, j));
                    between.add(btw);
                }
                BoolVar immediate = model.newBoolVar("immediate" + i + "_" + j);
                model.addGreaterOrEqual(LinearExpr.newBuilder().add(immediate).add(between.build()).build(),
                        LinearExpr.newBuilder().add(order(before, i, j)).build());
                BoolVar repeat = model.newBoolVar("repeat" + i + "_" + j);
                for (String nation : nations) {
                    model.addGreaterOrEqual(LinearExpr.newBuilder().add(repeat).add(2).build(), LinearExpr.newBuilder()
                            .add(immediate).add(hosts.get(nation).get(exercises.get(i)))
                            .add(hosts.get(nation).get(exercises.get(j))).build());
                }
                objective.addTerm(repeat, 100);
            }
        }
    }

    private static com.google.ortools.sat.Literal order(BoolVar[][] before, int i, int j) {
        return i < j ? before[i][j] : before[j][i].not();
    }

    /** 100 per (company, year) of the problem's company years in which the company takes part in no exercise. */
    private void companyYears(Map<ExerciseAssignment, List<Participation>> participations) {
        for (CompanyYear cy : problem.getCompanyYears()) {
            LinearExprBuilder trains = LinearExpr.newBuilder();
            for (ExerciseAssignment a : exercises) {
                if (a.getExercise().year() != cy.year()) {
                    continue;
                }
                for (Participation p : participations.get(a)) {
                    if (p.getCompany().equals(cy.company())) {
                        trains.add(z.get(p));
                    }
                }
            }
            BoolVar idle = model.newBoolVar(cy + ".idle");
            model.addGreaterOrEqual(LinearExpr.newBuilder().add(idle).add(trains.build()).build(), 1);
            objective.addTerm(idle, 100);
        }
    }

    /** 2 per day short of 42 free days between two exercises of one year. */
    private void spread() {
        for (int i = 0; i < exercises.size(); i++) {
            for (int j = i + 1; j < exercises.size(); j++) {
                ExerciseAssignment a = exercises.get(i);
                ExerciseAssignment b = exercises.get(j);
                if (a.getExercise().year() != b.getExercise().year()) {
                    continue;
                }
                IntVar short_ = model.newIntVar(0, 100_000, "short" + i + "_" + j);
                BoolVar aFirst = model.newBoolVar("first" + i + "_" + j); // a starts no later than b
                IntVar sa = startDay.get(a);
                IntVar sb = startDay.get(b);
                model.addLessOrEqual(sa, sb).onlyEnforceIf(aFirst);
                model.addGreaterOrEqual(sa, LinearExpr.newBuilder().add(sb).add(1).build()).onlyEnforceIf(aFirst.not());
                // gap = second.start - first.end - 1 = second.start - first.start - duration(first); short >= 42 - gap
                model.addGreaterOrEqual(LinearExpr.newBuilder().add(short_).addTerm(sb, 1).addTerm(sa, -1).build(),
                        42 + a.getExercise().durationDays()).onlyEnforceIf(aFirst);
                model.addGreaterOrEqual(LinearExpr.newBuilder().add(short_).addTerm(sa, 1).addTerm(sb, -1).build(),
                        42 + b.getExercise().durationDays()).onlyEnforceIf(aFirst.not());
                objective.addTerm(short_, 2);
            }
        }
    }

    /**
     * round(10 × Σ (P_N − c_N·P/C)² / c_N) = round(10 × (Σ P_N²/c_N − P²/C)), with P_N a nation's participations, c_N
     * its companies and P, C their totals; scaled by D = lcm(c_N, C) to integers and rounded half up.
     */
    private void balance() {
        Map<String, Integer> companies = new TreeMap<>();
        Map<String, LinearExprBuilder> participations = new TreeMap<>();
        for (Map.Entry<Participation, BoolVar> p : z.entrySet()) {
            String nation = p.getKey().getCompany().nation();
            companies.put(nation, p.getKey().getCompany().nationCompanies());
            participations.computeIfAbsent(nation, x -> LinearExpr.newBuilder()).add(p.getValue());
        }
        long total = companies.values().stream().mapToLong(Integer::longValue).sum();
        long d = total;
        for (int c : companies.values()) {
            d = lcm(d, Math.max(1, c));
        }
        int maxP = z.size();
        LinearExprBuilder x = LinearExpr.newBuilder();
        LinearExprBuilder all = LinearExpr.newBuilder();
        for (Map.Entry<String, LinearExprBuilder> nation : participations.entrySet()) {
            IntVar pn = model.newIntVar(0, maxP, nation.getKey() + ".P");
            model.addEquality(pn, nation.getValue().build());
            IntVar square = model.newIntVar(0, (long) maxP * maxP, nation.getKey() + ".P2");
            model.addMultiplicationEquality(square, pn, pn);
            x.addTerm(square, 10 * d / Math.max(1, companies.get(nation.getKey())));
            all.add(pn);
        }
        IntVar p = model.newIntVar(0, maxP, "P");
        model.addEquality(p, all.build());
        IntVar p2 = model.newIntVar(0, (long) maxP * maxP, "P2");
        model.addMultiplicationEquality(p2, p, p);
        x.addTerm(p2, -10 * d / total);
        IntVar imbalance = model.newIntVar(0, 10_000_000, "imbalance");
        // 2·D·imbalance >= 2·X − D + 1
        model.addGreaterOrEqual(LinearExpr.newBuilder().addTerm(imbalance, 2 * d).build(),
                LinearExpr.newBuilder().addTerm(x.build(), 2).add(-d + 1).build());
        objective.add(imbalance);
    }

    private static long lcm(long a, long b) {
        long x = a;
        long y = b;
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return a / x * b;
    }
}
