package org.jmatu.planner.planning.calendar.solver;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.calendar.domain.CalendarSolution;
import org.jmatu.planner.planning.calendar.solver.justifications.CalendarJustification;
import org.jmatu.planner.planning.jobs.PlanningProblem;
import org.jmatu.planner.planning.jobs.ProblemSolves;
import org.jmatu.planner.planning.jobs.SolveJob;
import org.jmatu.planner.planning.jobs.SolveJobs;
import org.jmatu.planner.planning.jobs.SolveProgress;
import org.jmatu.planner.planning.support.SolveLimits;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * The calendar's solving: starts a background solve of the data set in use as a {@link SolveJob} (see
 * {@link SolveJobs}), solves in the calling thread for the command line and tests, and scores or explains any
 * calendar (solved or hand-edited).
 */
@Service
public class CalendarSolverService {

    private final SolutionManager<CalendarSolution, HardSoftScore> calendarSolutionManager;
    private final SolveLimits limits;
    private final ProblemSolves<CalendarPlan> solves;

    CalendarSolverService(SolutionManager<CalendarSolution, HardSoftScore> calendarSolutionManager,
                          @Qualifier("calendarSolveLimits") SolveLimits limits, SolveJobs jobs) {
        this.calendarSolutionManager = calendarSolutionManager;
        this.limits = limits;
        this.solves = jobs == null ? null : new ProblemSolves<>(jobs, PlanningProblem.CALENDAR);
    }

    /**
     * Starts solving in the background (queued while the machine's solves are all busy); anyone watching the
     * data set's calendar solves hears of each new best calendar.
     *
     * @throws org.jmatu.planner.planning.jobs.SolveRefusedException while a calendar solve of the data set is on
     */
    @RolesAllowed("PLANNER")
    public SolveJob<CalendarPlan> start(CalendarSolveRequest request) {
        return solves.start(progress -> solve(request, progress));
    }

    /** The data set's calendar solves: the newest, its place in the queue, watching them. */
    public ProblemSolves<CalendarPlan> solves() {
        return solves;
    }

    /** Stops the data set's calendar solve, keeping its best calendar, or takes it out of the queue. */
    @RolesAllowed("PLANNER")
    public boolean stop() {
        return solves.stop();
    }

    /** Solves in the calling thread within the request's limits (the configured ones where it has none). */
    public CalendarPlan solve(CalendarSolveRequest request, SolveProgress<CalendarPlan> progress) {
        return CalendarStandaloneSolver.solve(request.limits() == null ? request.withLimits(limits) : request,
                progress);
    }

    /** Scores a plan (e.g. after a hand edit) without solving. */
    public CalendarPlan evaluate(CalendarSolveRequest request) {
        CalendarSolution solution = request.problem();
        calendarSolutionManager.update(solution);
        return CalendarMapper.toPlan(solution, request.conferences());
    }

    /** Every rule the plan breaks or pays for, hard first, with readable justifications. */
    public List<ConstraintExplanation> explain(CalendarSolveRequest request) {
        CalendarSolution solution = request.problem();
        ScoreExplanation<CalendarSolution, HardSoftScore> explanation = calendarSolutionManager.explain(solution);
        List<ConstraintExplanation> lines = new ArrayList<>();
        for (ConstraintMatchTotal<HardSoftScore> total : explanation.getConstraintMatchTotalMap().values()) {
            if (total.getConstraintMatchCount() == 0) {
                continue;
            }
            List<String> why = total.getConstraintMatchSet().stream()
                    .sorted(Comparator.comparing(ConstraintMatch::getScore))
                    .filter(match -> match.getJustification() instanceof CalendarJustification)
                    .map(match -> ((CalendarJustification) match.getJustification()).description()
                            + " (" + match.getScore() + ")")
                    .toList();
            HardSoftScore score = total.getScore();
            lines.add(new ConstraintExplanation(total.getConstraintName(), score.hardScore() != 0,
                    total.getConstraintMatchCount(), score.toString(), why));
        }
        lines.sort(Comparator.comparing((ConstraintExplanation line) -> !line.hard())
                .thenComparing(ConstraintExplanation::constraint));
        return lines;
    }
}
