package org.jmatu.planner.benchmark;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jmatu.planner.planning.rotation.domain.NationFact;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.PostFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.scenario.Plan;

/**
 * The exact reference: the rotation problem in OR-Tools CP-SAT. Decision x[slot, nominee] (the nominee
 * lists of the mapper already keep rules 2, 3 and 5; the independent checker re-checks them). Rules 4, 6, 7,
 * 8 and 9 are constraints; the objective is {@code MEDIUM_WEIGHT × unfilled + soft penalty}, the soft rules
 * modelled exactly: squares by one-hot tables over the small counts, hand-overs and short stints by
 * auxiliary booleans. Baseline stability is left out (benchmark scenarios have no published plan).
 */
final class RotationCpSat {

    /** Larger than any soft total of a battalion roster, so the weighted sum is lexicographic. */
    static final long MEDIUM_WEIGHT = 100_000_000L;

    record Trace(double seconds, long objective, long bound) {
    }

    record Snapshot(double seconds, long objective, long bound, List<Plan.RotationRow> rows) {
    }

    record Outcome(String status, long objective, long bound, double seconds, List<Trace> trace,
                   Map<Integer, Snapshot> snapshots, List<Plan.RotationRow> rows, int variables, int constraints) {
    }

    private final RotationSolution problem;
    private final CpModel model = new CpModel();
    private final Map<RotationSlot, Map<PersonFact, BoolVar>> x = new LinkedHashMap<>();
    private final LinearExprBuilder objective = LinearExpr.newBuilder();
    private final LinearExprBuilder unfilled = LinearExpr.newBuilder();

    RotationCpSat(RotationSolution problem) {
        this.problem = problem;
    }

    private static final Pattern PROGRESS = Pattern.compile(
            "^#(?:Bound|Done|Model|\\d+)\\s+([0-9.]+)s\\s+best:(\\S+)\\s+next:\\[(\\S+?),");

    /**
     * Lexicographic, as the HardMediumSoftScore: first the fewest unfilled slots, then (holding that count) the
     * least soft penalty, both within {@code seconds} in all. Objective values are reported as
     * {@code MEDIUM_WEIGHT × unfilled + soft}.
     */
    Outcome solve(double seconds, int workers, int[] checkpoints) {
        Loader.loadNativeLibraries();
        build();
        List<Trace> trace = new ArrayList<>();
        List<Snapshot> solutions = new ArrayList<>();
        long start = System.nanoTime();
        // phase 1: medium
        LinearExpr unfilledExpr = unfilled.build();
        model.minimize(unfilledExpr);
        CpSolver first = solver(seconds / 2, workers);
        long[] phaseMedium = {Long.MAX_VALUE};
        CpSolverStatus firstStatus = first.solve(model, new CpSolverSolutionCallback() {
            @Override
            public void onSolutionCallback() {
                double t = (System.nanoTime() - start) / 1e9;
                long medium = (long) objectiveValue();
                // soft of this solution is not known cheaply here: recorded as soft 0 placeholder, replaced below
                phaseMedium[0] = medium;
            }
        });
        if (firstStatus != CpSolverStatus.OPTIMAL && firstStatus != CpSolverStatus.FEASIBLE) {
            double spent = (System.nanoTime() - start) / 1e9;
            return new Outcome("no solution in phase 1: " + firstStatus, Long.MAX_VALUE, Long.MIN_VALUE, spent, trace,
                    new LinkedHashMap<>(), List.of(), model.model().getVariablesCount(), model.model().getConstraintsCount());
        }
        long medium = (long) first.objectiveValue();
        boolean mediumProven = firstStatus == CpSolverStatus.OPTIMAL;
        double afterFirst = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCHMARK cpsat phase 1 (fewest unfilled): %s, %d unfilled, %.1f s%n", firstStatus, medium,
                afterFirst);
        // hint the phase-2 search with the phase-1 solution and hold the unfilled count
        for (Map<PersonFact, BoolVar> options : x.values()) {
            for (BoolVar var : options.values()) {
                model.addHint(var, first.value(var));
            }
        }
        model.addLessOrEqual(unfilledExpr, medium);
        LinearExpr softExpr = objective.build();
        model.minimize(softExpr);
        CpSolver solver = solver(Math.max(0.1, seconds - afterFirst), workers);
        long offset = medium * MEDIUM_WEIGHT;
        long[] lastBound = {Long.MIN_VALUE};
        List<double[]> bounds = new ArrayList<>();
        solver.setLogCallback(line -> {
            Matcher m = PROGRESS.matcher(line.trim());
            if (m.find()) {
                try {
                    double t = afterFirst + Double.parseDouble(m.group(1));
                    long bound = (long) Double.parseDouble(m.group(3));
                    synchronized (trace) {
                        lastBound[0] = Math.max(lastBound[0], bound);
                        bounds.add(new double[] {t, lastBound[0]});
                    }
                } catch (NumberFormatException ignored) {
                    // a progress line of another shape
                }
            }
        });
        CpSolverSolutionCallback callback = new CpSolverSolutionCallback() {
            @Override
            public void onSolutionCallback() {
                List<Plan.RotationRow> rows = rows(this::value);
                double t = (System.nanoTime() - start) / 1e9;
                synchronized (trace) {
                    long bound = Math.max(lastBound[0], (long) bestObjectiveBound());
                    solutions.add(new Snapshot(t, offset + (long) objectiveValue(), offset + bound, rows));
                    trace.add(new Trace(t, offset + (long) objectiveValue(), offset + bound));
                }
            }
        };
        CpSolverStatus status = solver.solve(model, callback);
        double spent = (System.nanoTime() - start) / 1e9;
        long bound = offset + (long) solver.bestObjectiveBound();
        Map<Integer, Snapshot> snapshots = new LinkedHashMap<>();
        for (int checkpoint : checkpoints) {
            Snapshot last = null;
            for (Snapshot snapshot : solutions) {
                if (snapshot.seconds() <= checkpoint) {
                    last = snapshot;
                }
            }
            if (last != null) {
                long boundThen = last.bound();
                for (double[] b : bounds) {
                    if (b[0] <= checkpoint) {
                        boundThen = Math.max(boundThen, offset + (long) b[1]);
                    }
                }
                if (checkpoint >= spent) {
                    boundThen = bound;
                }
                snapshots.put(checkpoint, new Snapshot(last.seconds(), last.objective(),
                        mediumProven ? boundThen : Long.MIN_VALUE, last.rows()));
            }
        }
        List<Plan.RotationRow> rows = solutions.isEmpty() ? List.of() : solutions.getLast().rows();
        return new Outcome(status.name() + (mediumProven ? "" : " (unfilled count not proven: " + firstStatus + ")"),
                solutions.isEmpty() ? Long.MAX_VALUE : offset + (long) solver.objectiveValue(),
                mediumProven ? bound : Long.MIN_VALUE, spent, trace, snapshots, rows,
                model.model().getVariablesCount(), model.model().getConstraintsCount());
    }

    private static CpSolver solver(double seconds, int workers) {
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(seconds);
        solver.getParameters().setNumWorkers(workers);
        solver.getParameters().setLogSearchProgress(true);
        solver.getParameters().setLogToStdout(false);
        return solver;
    }

    interface Values {
        long value(IntVar var);
    }

    private List<Plan.RotationRow> rows(Values values) {
        List<Plan.RotationRow> rows = new ArrayList<>();
        for (Map.Entry<RotationSlot, Map<PersonFact, BoolVar>> slot : x.entrySet()) {
            String holder = null;
            for (Map.Entry<PersonFact, BoolVar> option : slot.getValue().entrySet()) {
                if (values.value(option.getValue()) == 1) {
                    holder = option.getKey().id();
                }
            }
            rows.add(new Plan.RotationRow(slot.getKey().getPost().id(), slot.getKey().getPeriodIndex(), holder));
        }
        return rows;
    }

    private void build() {
        List<RotationSlot> slots = problem.getSlots();
        Map<String, RotationSlot> slotAt = new HashMap<>();
        for (RotationSlot slot : slots) {
            slotAt.put(slot.getPost().id() + "@" + slot.getPeriodIndex(), slot);
            Map<PersonFact, BoolVar> options = new LinkedHashMap<>();
            for (PersonFact person : slot.getNominees()) {
                options.put(person, model.newBoolVar(slot.getId() + "=" + person.id()));
            }
            x.put(slot, options);
            // exactly one of: a nominee holds it, or it is unfilled (medium)
            BoolVar empty = model.newBoolVar(slot.getId() + "=unfilled");
            List<BoolVar> choice = new ArrayList<>(options.values());
            choice.add(empty);
            model.addExactlyOne(choice.toArray(new BoolVar[0]));
            unfilled.add(empty);
            // rule 9: pins
            if (slot.isPinned()) {
                for (Map.Entry<PersonFact, BoolVar> option : options.entrySet()) {
                    model.addEquality(option.getValue(), option.getKey().equals(slot.getPinnedPerson()) ? 1 : 0);
                }
            }
        }
        int periods = problem.getPeriods().size();

        // rule 4: one post per person per period; z[person][period] = holds some post
        Map<PersonFact, Map<Integer, List<BoolVar>>> byPersonPeriod = new HashMap<>();
        for (Map.Entry<RotationSlot, Map<PersonFact, BoolVar>> slot : x.entrySet()) {
            for (Map.Entry<PersonFact, BoolVar> option : slot.getValue().entrySet()) {
                byPersonPeriod.computeIfAbsent(option.getKey(), key -> new HashMap<>())
                        .computeIfAbsent(slot.getKey().getPeriodIndex(), key -> new ArrayList<>())
                        .add(option.getValue());
            }
        }
        for (Map.Entry<PersonFact, Map<Integer, List<BoolVar>>> person : byPersonPeriod.entrySet()) {
            for (List<BoolVar> vars : person.getValue().values()) {
                if (vars.size() > 1) {
                    model.addLessOrEqual(LinearExpr.sum(vars.toArray(new BoolVar[0])), 1);
                }
            }
            // rule 8: tour limit, every window of max+1 consecutive periods holds at most max
            int max = person.getKey().nation().maxConsecutivePeriods();
            for (int from = 0; from + max < periods; from++) {
                List<BoolVar> window = new ArrayList<>();
                boolean complete = true;
                for (int p = from; p <= from + max; p++) {
                    List<BoolVar> vars = person.getValue().get(p);
                    if (vars == null) {
                        complete = false;
                        break;
                    }
                    window.addAll(vars);
                }
                if (complete) {
                    model.addLessOrEqual(LinearExpr.sum(window.toArray(new BoolVar[0])), max);
                }
            }
        }

        // rule 6: key groups, one holder per nation, group and period
        Map<String, List<BoolVar>> keyGroup = new HashMap<>();
        for (Map.Entry<RotationSlot, Map<PersonFact, BoolVar>> slot : x.entrySet()) {
            String group = slot.getKey().getPost().keyGroup();
            if (group == null) {
                continue;
            }
            for (Map.Entry<PersonFact, BoolVar> option : slot.getValue().entrySet()) {
                keyGroup.computeIfAbsent(group + "|" + slot.getKey().getPeriodIndex() + "|"
                        + option.getKey().nationCode(), key -> new ArrayList<>()).add(option.getValue());
            }
        }
        keyGroup.values().stream().filter(vars -> vars.size() > 1)
                .forEach(vars -> model.addLessOrEqual(LinearExpr.sum(vars.toArray(new BoolVar[0])), 1));

        // rule 7 and fair share: per rotating post and nation, y[period] = the nation holds it
        for (PostFact post : problem.getPosts()) {
            if (!post.rotating()) {
                continue;
            }
            for (String nation : post.nations()) {
                Map<Integer, LinearExpr> y = new HashMap<>();
                List<BoolVar> all = new ArrayList<>();
                for (int p = 0; p < periods; p++) {
                    RotationSlot slot = slotAt.get(post.id() + "@" + p);
                    if (slot == null) {
                        continue;
                    }
                    List<BoolVar> vars = x.get(slot).entrySet().stream()
                            .filter(option -> option.getKey().nationCode().equals(nation))
                            .map(Map.Entry::getValue).toList();
                    all.addAll(vars);
                    y.put(p, LinearExpr.sum(vars.toArray(new BoolVar[0])));
                }
                int max = post.maxNationConsecutive();
                for (int from = 0; from + max < periods; from++) {
                    List<LinearArgument> window = new ArrayList<>();
                    for (int p = from; p <= from + max && y.containsKey(p); p++) {
                        window.add(y.get(p));
                    }
                    if (window.size() == max + 1) {
                        model.addLessOrEqual(LinearExpr.sum(window.toArray(new LinearArgument[0])), max);
                    }
                }
                if (!all.isEmpty()) {
                    square(LinearExpr.sum(all.toArray(new BoolVar[0])), post.activePeriods(), 10);
                }
            }
        }

        // nation staff share, exact table: held -> round((held - target)^2); held 0 -> the "without staff" rule
        for (NationFact nation : problem.getNations()) {
            List<BoolVar> vars = new ArrayList<>();
            x.values().forEach(options -> options.forEach((person, var) -> {
                if (person.nation().equals(nation)) {
                    vars.add(var);
                }
            }));
            int maxHeld = Math.min(vars.size(), slots.size());
            long[] cost = new long[maxHeld + 1];
            for (int held = 0; held <= maxHeld; held++) {
                double d = held - nation.staffTarget();
                cost[held] = held == 0 && Math.round(nation.staffTarget()) <= 0 ? 0 : Math.round(d * d);
            }
            IntVar held = model.newIntVar(0, maxHeld, "held_" + nation.code());
            model.addEquality(held, LinearExpr.sum(vars.toArray(new BoolVar[0])));
            long maxCost = 0;
            for (long c : cost) {
                maxCost = Math.max(maxCost, c);
            }
            IntVar penalty = model.newIntVar(0, maxCost, "staff_" + nation.code());
            model.addElement(held, cost, penalty);
            // secant cuts of the (nearly convex) table, each kept only where it is valid at every integer
            // point, so the LP relaxation sees the squares (the element constraint alone gives a bound of 0)
            for (int k = 0; k < maxHeld; k++) {
                long slope = cost[k + 1] - cost[k];
                boolean valid = true;
                for (int h = 0; h <= maxHeld && valid; h++) {
                    valid = cost[h] >= cost[k] + slope * (h - k);
                }
                if (valid) {
                    // penalty >= cost[k] + slope * (held - k)
                    model.addGreaterOrEqual(LinearExpr.newBuilder().add(penalty).addTerm(held, -slope).build(),
                            cost[k] - slope * k);
                }
            }
            objective.addTerm(penalty, 1);
        }

        // staggered hand-overs: ch[post, t] >= both filled and different holders; 50 x max(0, sum - 1)
        Map<String, List<BoolVar>> changesByGroupBoundary = new HashMap<>();
        for (PostFact post : problem.getPosts()) {
            if (post.keyGroup() == null) {
                continue;
            }
            for (int p = 1; p < periods; p++) {
                RotationSlot before = slotAt.get(post.id() + "@" + (p - 1));
                RotationSlot after = slotAt.get(post.id() + "@" + p);
                if (before == null || after == null) {
                    continue;
                }
                Map<PersonFact, BoolVar> a = x.get(before);
                Map<PersonFact, BoolVar> b = x.get(after);
                BoolVar change = model.newBoolVar("change_" + post.id() + "_" + p);
                LinearExprBuilder rhs = LinearExpr.newBuilder();
                a.values().forEach(rhs::add);
                b.values().forEach(rhs::add);
                rhs.add(-1);
                for (Map.Entry<PersonFact, BoolVar> option : a.entrySet()) {
                    BoolVar other = b.get(option.getKey());
                    if (other != null) {
                        BoolVar same = model.newBoolVar("same");
                        model.addImplication(same, option.getValue());
                        model.addImplication(same, other);
                        rhs.addTerm(same, -1);
                    }
                }
                // change >= filledBefore + filledAfter - 1 - same
                model.addGreaterOrEqual(LinearExpr.newBuilder().add(change).addTerm(rhs.build(), -1).build(), 0);
                changesByGroupBoundary.computeIfAbsent(post.keyGroup() + "|" + p, key -> new ArrayList<>()).add(change);
            }
        }
        for (List<BoolVar> changes : changesByGroupBoundary.values()) {
            if (changes.size() < 2) {
                continue;
            }
            IntVar excess = model.newIntVar(0, changes.size() - 1, "excess");
            model.addGreaterOrEqual(LinearExpr.newBuilder().add(excess)
                    .addTerm(LinearExpr.sum(changes.toArray(new BoolVar[0])), -1).add(1).build(), 0);
            objective.addTerm(excess, 50);
        }

        // tour continuity: a stint a..a+L-1 of one person on one post, not touching the post's first or last
        // active period, shorter than the tour T costs 20 x (T - L)
        for (PostFact post : problem.getPosts()) {
            Map<PersonFact, Map<Integer, BoolVar>> held = new HashMap<>();
            for (int p = 0; p < periods; p++) {
                RotationSlot slot = slotAt.get(post.id() + "@" + p);
                if (slot == null) {
                    continue;
                }
                int period = p;
                x.get(slot).forEach((person, var) ->
                        held.computeIfAbsent(person, key -> new HashMap<>()).put(period, var));
            }
            for (Map.Entry<PersonFact, Map<Integer, BoolVar>> person : held.entrySet()) {
                int tour = Math.max(1, person.getKey().nation().tourPeriods());
                Map<Integer, BoolVar> h = person.getValue();
                for (int length = 1; length < tour; length++) {
                    for (int a = post.firstActive() + 1; a + length - 1 < post.lastActive(); a++) {
                        boolean inside = true;
                        for (int p = a; p < a + length; p++) {
                            inside &= h.containsKey(p);
                        }
                        if (!inside) {
                            continue;
                        }
                        // short >= sum(h[a..a+L-1]) - h[a-1] - h[a+L] - (L - 1)
                        BoolVar shortStint = model.newBoolVar("short");
                        LinearExprBuilder rhs = LinearExpr.newBuilder();
                        for (int p = a; p < a + length; p++) {
                            rhs.add(h.get(p));
                        }
                        if (h.containsKey(a - 1)) {
                            rhs.addTerm(h.get(a - 1), -1);
                        }
                        if (h.containsKey(a + length)) {
                            rhs.addTerm(h.get(a + length), -1);
                        }
                        rhs.add(-(length - 1));
                        model.addGreaterOrEqual(LinearExpr.newBuilder().add(shortStint)
                                .addTerm(rhs.build(), -1).build(), 0);
                        objective.addTerm(shortStint, 20L * (tour - length));
                    }
                }
            }
        }
    }

    /** Adds weight x count^2 to the objective through a one-hot table over 0..max. */
    private void square(LinearExpr count, int max, long weight) {
        BoolVar[] is = new BoolVar[max + 1];
        LinearExprBuilder value = LinearExpr.newBuilder();
        for (int k = 0; k <= max; k++) {
            is[k] = model.newBoolVar("is" + k);
            value.addTerm(is[k], k);
            objective.addTerm(is[k], weight * k * k);
        }
        model.addExactlyOne(is);
        model.addEquality(count, value.build());
    }

    @SuppressWarnings("unused")
    private static Literal[] literals(List<BoolVar> vars) {
        return vars.toArray(new Literal[0]);
    }
}
