package org.jmatu.planner.planning.rotation.solver;

import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jmatu.planner.planning.jobs.PlanningProblem;
import org.jmatu.planner.planning.jobs.ProblemSolves;
import org.jmatu.planner.planning.jobs.SolveJob;
import org.jmatu.planner.planning.jobs.SolveJobs;
import org.jmatu.planner.planning.jobs.SolveProgress;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.planning.rotation.solver.justifications.RotationJustification;
import org.jmatu.planner.planning.support.ConstraintNames;
import org.jmatu.planner.planning.support.SolveLimits;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.score.stream.ConstraintJustification;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * The roster's solving: starts a background solve of the data set in use as a {@link SolveJob} (see
 * {@link SolveJobs}), solves in the calling thread for the command line and tests, and explains scores and ranks
 * nominees for hand edits. An infeasible scenario yields unfilled slots with reasons, never an exception.
 */
@Service
public class RotationSolverService {

    private final SolutionManager<RotationSolution, HardMediumSoftScore> solutionManager;
    private final SolveLimits limits;
    private final ProblemSolves<RotationPlan> solves;

    RotationSolverService(SolutionManager<RotationSolution, HardMediumSoftScore> rotationSolutionManager,
                          @Qualifier("rotationSolveLimits") SolveLimits limits, SolveJobs jobs) {
        this.solutionManager = rotationSolutionManager;
        this.limits = limits;
        this.solves = jobs == null ? null : new ProblemSolves<>(jobs, PlanningProblem.ROSTER);
    }

    /** A service that scores, explains and ranks without Spring (and solves in the calling thread only), for tests. */
    public static RotationSolverService standalone() {
        SolveLimits limits = new SolveLimits(Duration.ofSeconds(60), Duration.ofSeconds(15));
        SolverFactory<RotationSolution> factory = SolverFactory.create(
                RotationSolverConfiguration.solverConfig(limits.budget(), limits.unimproved()));
        return new RotationSolverService(SolutionManager.create(factory), limits, null);
    }

    /**
     * Starts solving in the background (queued while the machine's solves are all busy); anyone watching the
     * data set's roster solves hears of each new best roster.
     *
     * @throws org.jmatu.planner.planning.jobs.SolveRefusedException while a roster solve of the data set is on
     */
    @RolesAllowed("PLANNER")
    public SolveJob<RotationPlan> start(RotationSolveRequest request) {
        return solves.start(progress -> solve(request, progress));
    }

    /** The data set's roster solves: the newest, its place in the queue, watching them. */
    @RolesAllowed({"PLANNER", "COMMANDER"}) // a solve's rosters name every nation's nominees
    public ProblemSolves<RotationPlan> solves() {
        return solves;
    }

    /** Stops the data set's roster solve, keeping its best roster, or takes it out of the queue. */
    @RolesAllowed("PLANNER")
    public boolean stop() {
        return solves.stop();
    }

    /** Solves in the calling thread within the request's limits (the configured ones where it has none). */
    public RotationPlan solve(RotationSolveRequest request, SolveProgress<RotationPlan> progress) {
        return RotationStandaloneSolver.solve(request.limits() == null ? request.withLimits(limits) : request,
                progress);
    }

    /** Recalculates and sets the score of {@code solution}, after a hand edit. */
    public HardMediumSoftScore update(RotationSolution solution) {
        return solutionManager.update(solution);
    }

    public RotationExplanation explain(RotationSolution solution) {
        ScoreExplanation<RotationSolution, HardMediumSoftScore> explanation = solutionManager.explain(solution);
        List<RotationExplanation.ConstraintLine> lines = new ArrayList<>();
        Map<String, List<String>> bySlot = new LinkedHashMap<>();
        List<ConstraintMatchTotal<HardMediumSoftScore>> totals = new ArrayList<>(
                explanation.getConstraintMatchTotalMap().values());
        totals.sort(Comparator.comparing(ConstraintMatchTotal::getScore));
        for (ConstraintMatchTotal<HardMediumSoftScore> total : totals) {
            if (total.getConstraintMatchCount() == 0) {
                continue;
            }
            List<String> examples = new ArrayList<>();
            for (ConstraintMatch<HardMediumSoftScore> match : total.getConstraintMatchSet()) {
                ConstraintJustification justification = match.getJustification();
                if (justification instanceof RotationJustification rotation) {
                    if (examples.size() < 20) {
                        examples.add(rotation.description());
                    }
                    for (String slotId : rotation.slotIds()) {
                        bySlot.computeIfAbsent(slotId, id -> new ArrayList<>())
                                .add(ConstraintNames.display(total.getConstraintName()) + ": " + rotation.description());
                    }
                }
            }
            examples.sort(Comparator.naturalOrder());
            lines.add(new RotationExplanation.ConstraintLine(total.getConstraintName(),
                    level(total.getConstraintWeight()), total.getConstraintMatchCount(),
                    total.getScore().toString(), examples));
        }
        return new RotationExplanation(explanation.getScore().toString(), lines, bySlot);
    }

    /** The slot's eligible nominees (and "nobody") ranked by the score the roster would have with them. */
    public List<NomineeOption> rankNominees(RotationSolution solution, RotationSlot slot) {
        PersonFact original = slot.getPerson();
        HardMediumSoftScore current = solutionManager.update(solution);
        List<NomineeOption> options = new ArrayList<>();
        List<PersonFact> candidates = new ArrayList<>(slot.getNominees());
        candidates.add(null);
        List<HardMediumSoftScore> scores = new ArrayList<>();
        try {
            for (PersonFact candidate : candidates) {
                slot.setPerson(candidate);
                scores.add(solutionManager.update(solution));
            }
        } finally {
            slot.setPerson(original);
            solutionManager.update(solution);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(scores::get, Comparator.reverseOrder()));
        for (int i : order) {
            options.add(new NomineeOption(candidates.get(i), scores.get(i).toString(),
                    scores.get(i).subtract(current).toString()));
        }
        return options;
    }

    private static String level(HardMediumSoftScore weight) {
        if (weight.hardScore() != 0) {
            return "hard";
        }
        return weight.mediumScore() != 0 ? "medium" : "soft";
    }
}
