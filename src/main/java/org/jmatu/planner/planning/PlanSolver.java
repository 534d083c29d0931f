package org.jmatu.planner.planning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.calendar.domain.ConferenceSchedule;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.jmatu.planner.planning.calendar.proof.FeasibilityAnalysis;
import org.jmatu.planner.planning.calendar.solver.CalendarSolveRequest;
import org.jmatu.planner.planning.calendar.solver.CalendarStandaloneSolver;
import org.jmatu.planner.planning.calendar.versions.RosterMaintainers;
import org.jmatu.planner.planning.jobs.SolveProgress;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.solver.RotationMapper;
import org.jmatu.planner.planning.rotation.solver.RotationSolveRequest;
import org.jmatu.planner.planning.rotation.solver.RotationStandaloneSolver;
import org.jmatu.planner.planning.rotation.solver.SlotProofs;
import org.jmatu.planner.planning.support.SolveLimits;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;

/**
 * Solves a whole scenario, rotation roster and exercise calendar, in the calling thread within one time
 * budget, and gives one plan file (jmatu-plan/1). Plain Java: no Spring bean, no database, so the command line
 * and the HTTP API can use it. The roster is solved first; the holders' maintenance skills then tell
 * the calendar which equipment standards the HQ can support in each period.
 */
public final class PlanSolver {

    /** The most of the time budget the rotation roster gets; the calendar gets what the roster leaves. */
    static final double ROTATION_SHARE = 0.5;
    /**
     * The roster stops once it is feasible (0 hard) and has gained nothing on its hard or medium (unfilled slots)
     * level for this share of the budget (at least {@link #MIN_SETTLE}): soft gains alone do not hold the calendar
     * up, which needs the time more (docs/benchmarks.md).
     */
    static final double ROSTER_SETTLE = 0.1;
    static final Duration MIN_SETTLE = Duration.ofSeconds(2);
    static final Duration WRITE_RESERVE = Duration.ofMillis(300);

    private PlanSolver() {
    }

    /**
     * @param plan          the plan file, with the combined score
     * @param rotationScore the roster's own score, e.g. "0hard/-2medium/-1830soft"
     * @param calendarScore the calendar's own score, e.g. "0hard/-640soft"
     * @param roster        the roster part as its saved versions keep it
     * @param calendar      the calendar part, with its planning conferences, as its saved versions keep it
     */
    public record Result(Plan plan, String rotationScore, String calendarScore, RotationPlan roster,
                         CalendarPlan calendar) {

        /** The proven causes why no feasible plan exists (and the slots no roster can fill); also in the plan file. */
        public List<Plan.Cause> causes() {
            return plan.causes();
        }

        /** True when neither solver reports a broken hard rule (the plan checker has the last word). */
        public boolean solverFeasible() {
            return plan.score() != null && plan.score().startsWith("0hard");
        }
    }

    /**
     * Solves {@code scenario} (a valid one, as {@code ScenarioFiles.read} gives) within {@code budget}: the
     * roster first, until {@link #ROTATION_SHARE} of the budget has passed, sooner once it is feasible and complete
     * and has not gained on its hard or medium level for {@link #ROSTER_SETTLE} of the budget (or stops improving at
     * all), then the calendar for the rest, less a moment for writing the file (docs/benchmarks.md has the
     * measurement behind the split). Preparing the problems and building the solvers count.
     * {@code progress} hears of each part's new best score (without a plan: the whole plan comes at the end) and
     * is asked whether to stop: each part then stops, keeping its best, once it has a complete plan.
     */
    public static Result solve(Scenario scenario, Duration budget, SolveProgress<?> progress) {
        Instant start = Instant.now();
        Instant rotationDeadline = start.plusMillis(Math.round(budget.toMillis() * ROTATION_SHARE));
        // A little of the budget is kept for writing and checking the plan.
        Instant deadline = start.plus(budget).minus(WRITE_RESERVE);
        // analysed before solving (a fraction of a second): what no solve can repair
        List<Plan.Cause> causes = provenCauses(scenario);
        RotationPlan roster = RotationStandaloneSolver.solve(new RotationSolveRequest(scenario, List.of(), Set.of(),
                List.of(), null, new SolveLimits(until(rotationDeadline), unimproved(budget))),
                settling(scoresOnly(progress), Duration.ofMillis(Math.max(MIN_SETTLE.toMillis(),
                        Math.round(budget.toMillis() * ROSTER_SETTLE)))));
        CalendarPlan exercises = CalendarStandaloneSolver.solve(new CalendarSolveRequest(scenario,
                RosterMaintainers.coverage(scenario, roster.rotation()), List.of(), ConferenceSchedule.DEFAULT,
                new SolveLimits(until(deadline), unimproved(budget))), scoresOnly(progress));

        String combined = combinedScore(HardMediumSoftScore.parseScore(roster.score()),
                HardSoftScore.parseScore(exercises.score()));
        Plan plan = new Plan(Plan.FORMAT, scenario.name(), combined,
                roster.rotation().stream().map(row -> new Plan.RotationRow(row.post(), row.period(), row.person()))
                        .toList(),
                exerciseRows(scenario, exercises),
                roster.gaps().stream().map(gap -> new Plan.Gap(gap.post(), gap.period(), gap.reason())).toList(),
                causes, roster.courseSeats().stream().map(seat -> new Plan.CourseSeat(seat.course(), seat.person()))
                        .toList());
        return new Result(plan, roster.score(), exercises.score(), roster, exercises);
    }

    /**
     * The proven causes why no plan of {@code scenario} keeps every hard rule (the calendar's, from {@link
     * FeasibilityAnalysis}) and the roster slots no nominee is eligible for ({@link SlotProofs}); empty where
     * nothing is proven. Plain analysis of the data, no solve.
     */
    public static List<Plan.Cause> provenCauses(Scenario scenario) {
        List<Plan.Cause> causes = new ArrayList<>(FeasibilityAnalysis.causes(scenario));
        causes.addAll(SlotProofs.causes(RotationMapper.toSolution(scenario)));
        return List.copyOf(causes);
    }

    /** Passes a part's scores on, and the stop request in, without the part's plan. */
    private static <P> SolveProgress<P> scoresOnly(SolveProgress<?> whole) {
        return new SolveProgress<>() {
            @Override
            public boolean stopRequested() {
                return whole.stopRequested();
            }

            @Override
            public void improved(String part, P best, String score) {
                whole.improved(part, null, score);
            }
        };
    }

    /**
     * The roster's progress, asking it to stop once its best is feasible and its hard and medium levels have not
     * improved for {@code settle} (the deadline solver only stops a part that has a complete plan).
     */
    static <P> SolveProgress<P> settling(SolveProgress<P> part, Duration settle) {
        return new SolveProgress<>() {
            private volatile String levels = "";
            private volatile boolean feasible;
            private volatile long since = System.nanoTime();

            @Override
            public boolean stopRequested() {
                return part.stopRequested() || feasible && System.nanoTime() - since >= settle.toNanos();
            }

            @Override
            public void improved(String name, P best, String score) {
                String hardAndMedium = score.substring(0, score.lastIndexOf('/'));
                if (!hardAndMedium.equals(levels)) {
                    levels = hardAndMedium;
                    since = System.nanoTime();
                }
                feasible = score.startsWith("0hard");
                part.improved(name, best, score);
            }
        };
    }

    private static Duration until(Instant deadline) {
        return Duration.between(Instant.now(), deadline);
    }

    /**
     * The combined score of a plan file: hard = roster hard + calendar hard, medium = the roster's medium
     * (unfilled slots), soft = roster soft + calendar soft; e.g. "0hard/-2medium/-2470soft". Null when either
     * part has no score (it was not solved). A part that did not finish initialising is marked as OptaPlanner
     * marks it ("-3init/...").
     */
    public static String combinedScore(HardMediumSoftScore rotation, HardSoftScore calendar) {
        if (rotation == null || calendar == null) {
            return null;
        }
        int init = rotation.initScore() + calendar.initScore();
        HardMediumSoftScore sum = HardMediumSoftScore.ofUninitialized(init,
                rotation.hardScore() + calendar.hardScore(), rotation.mediumScore(),
                rotation.softScore() + calendar.softScore());
        return sum.toString();
    }


    /** One row per scenario exercise, in the scenario's order; null start, end and area where unscheduled. */
    static List<Plan.ExerciseRow> exerciseRows(Scenario scenario, CalendarPlan calendar) {
        List<Plan.ExerciseRow> rows = new ArrayList<>();
        for (Scenario.Exercise exercise : scenario.exercises()) {
            PlannedExercise row = calendar.row(exercise.id());
            rows.add(row == null ? new Plan.ExerciseRow(exercise.id(), null, null, null, List.of())
                    : new Plan.ExerciseRow(row.exercise(), row.start(), row.end(), row.trainingArea(), row.companies()));
        }
        return rows;
    }

    private static Duration unimproved(Duration budget) {
        // A part stops early once it has not improved for an eighth of the budget (at least 2 s, at most 30 s).
        return Duration.ofMillis(Math.max(2_000, Math.min(30_000, budget.toMillis() / 8)));
    }

}
