package org.jmatu.planner.planning.calendar.solver;

import org.jmatu.planner.planning.calendar.solver.justifications.CalendarJustification;
import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.calendar.domain.CalendarSolution;
import org.jmatu.planner.planning.calendar.domain.ConferenceSchedule;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jmatu.planner.datasets.DataSetContext;
import org.jmatu.planner.scenario.Scenario;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The calendar module's API: solve a scenario's exercise calendar with a live best-plan listener, stop
 * a solve, ask its status, and score or explain any plan (solved or hand-edited).
 */
@Service
public class CalendarSolverService {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarSolverService.class);

    private final SolverManager<CalendarSolution, UUID> calendarSolverManager;
    private final SolutionManager<CalendarSolution, HardSoftScore> calendarSolutionManager;

    CalendarSolverService(SolverManager<CalendarSolution, UUID> calendarSolverManager,
                          SolutionManager<CalendarSolution, HardSoftScore> calendarSolutionManager) {
        this.calendarSolverManager = calendarSolverManager;
        this.calendarSolutionManager = calendarSolutionManager;
    }

    /** What to solve: the scenario, an optional roster's maintainer coverage and an optional plan to start from. */
    public record Request(Scenario scenario, Map<Integer, Set<String>> rosterStandards, List<PlannedExercise> initial,
                          ConferenceSchedule conferences) {

        public Request(Scenario scenario) {
            this(scenario, Map.of(), List.of(), ConferenceSchedule.DEFAULT);
        }
    }

    /**
     * Starts solving in the background.
     *
     * @param onBest  called (on a solver thread) with each new best plan
     * @param onDone  called (on a solver thread) with the final plan when the solve ends or is stopped
     * @return the job id for {@link #stop} and {@link #status}
     */
    @RolesAllowed("PLANNER")
    public UUID solve(Request request, Consumer<CalendarPlan> onBest, Consumer<CalendarPlan> onDone) {
        UUID id = UUID.randomUUID();
        CalendarSolution problem = CalendarMapper.toSolution(request.scenario(), request.rosterStandards(),
                request.initial());
        // the listeners may read or save data: they must do so in the data set the solve was started in
        String dataSet = DataSetContext.current();
        calendarSolverManager.solveAndListen(id, jobId -> problem,
                best -> DataSetContext.runIn(dataSet,
                        () -> onBest.accept(CalendarMapper.toPlan(best, request.conferences()))),
                last -> DataSetContext.runIn(dataSet,
                        () -> onDone.accept(CalendarMapper.toPlan(last, request.conferences()))),
                (jobId, error) -> LOG.error("Calendar solve {} failed", jobId, error));
        return id;
    }

    @RolesAllowed("PLANNER")
    public void stop(UUID jobId) {
        calendarSolverManager.terminateEarly(jobId);
    }

    public SolverStatus status(UUID jobId) {
        return calendarSolverManager.getSolverStatus(jobId);
    }

    /** Scores a plan (e.g. after a hand edit) without solving. */
    public CalendarPlan evaluate(Request request) {
        CalendarSolution solution = CalendarMapper.toSolution(request.scenario(), request.rosterStandards(),
                request.initial());
        calendarSolutionManager.update(solution);
        return CalendarMapper.toPlan(solution, request.conferences());
    }

    /** Every rule the plan breaks or pays for, hard first, with readable justifications. */
    public List<ConstraintExplanation> explain(Request request) {
        CalendarSolution solution = CalendarMapper.toSolution(request.scenario(), request.rosterStandards(),
                request.initial());
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
