package org.jmatu.planner.planning.rotation.solver;

import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.planning.rotation.solver.justifications.RotationJustification;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jmatu.planner.datasets.DataSetContext;
import org.jmatu.planner.scenario.Scenario;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.score.stream.ConstraintJustification;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Solves rotation rosters from a {@link Scenario}: in the background (one job per plan key, bounded), or
 * blocking for the command line and tests; explains scores and ranks nominees for hand edits. An infeasible
 * scenario yields unfilled slots with reasons, never an exception.
 */
@Service
public class RotationSolverService {

    private static final Logger log = LoggerFactory.getLogger(RotationSolverService.class);

    private final SolverManager<RotationSolution, String> solverManager;
    private final SolutionManager<RotationSolution, HardMediumSoftScore> solutionManager;
    private final RotationSolverSettings settings;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Map<String, List<SolveListener>> listeners = new ConcurrentHashMap<>();

    public RotationSolverService(SolverManager<RotationSolution, String> rotationSolverManager,
                                 SolutionManager<RotationSolution, HardMediumSoftScore> rotationSolutionManager,
                                 RotationSolverSettings settings) {
        this.solverManager = rotationSolverManager;
        this.solutionManager = rotationSolutionManager;
        this.settings = settings;
    }

    /** A service with its own solver beans, for tests and the command line. */
    public static RotationSolverService standalone(RotationSolverSettings settings) {
        SolverFactory<RotationSolution> factory = SolverFactory.create(
                RotationSolverConfiguration.solverConfig(settings.spentLimit(), settings.unimprovedSpentLimit()));
        return new RotationSolverService(SolverManager.create(factory), SolutionManager.create(factory), settings);
    }

    /** A background solve's state: the latest best solution and when the first feasible one was found. */
    public static final class Job {
        private final String key;
        private final Instant started = Instant.now();
        private volatile RotationSolution best;
        private volatile Duration timeToFeasible;
        private volatile String error;
        private volatile boolean finished;

        Job(String key, RotationSolution problem) {
            this.key = key;
            this.best = problem;
        }

        public String key() { return key; }
        public Instant started() { return started; }
        public RotationSolution best() { return best; }
        public Optional<Duration> timeToFeasible() { return Optional.ofNullable(timeToFeasible); }
        public Optional<String> error() { return Optional.ofNullable(error); }
        public boolean finished() { return finished; }

        void improved(RotationSolution solution) {
            best = solution;
            HardMediumSoftScore score = solution.getScore();
            if (timeToFeasible == null && score != null && score.isSolutionInitialized() && score.hardScore() == 0) {
                timeToFeasible = Duration.between(started, Instant.now());
            }
        }
    }

    /** Receives a background solve's progress on the solver thread; views hand it to their UI thread. */
    public interface SolveListener {
        void bestSolutionChanged(RotationSolution best);

        void solvingEnded(RotationSolution best, String error);
    }

    /** Solves {@code scenario} in the background under its name; {@code listener} sees each new best solution. */
    @RolesAllowed("PLANNER")
    public String solve(Scenario scenario, Consumer<RotationSolution> listener) {
        String key = scenario.name();
        solve(key, RotationMapper.toSolution(scenario));
        addListener(key, new SolveListener() {
            @Override
            public void bestSolutionChanged(RotationSolution best) {
                listener.accept(best);
            }

            @Override
            public void solvingEnded(RotationSolution best, String error) {
                listener.accept(best);
            }
        });
        return key;
    }

    /**
     * Starts a background solve of {@code problem} under {@code key} (a plan key: one job per plan). Every
     * listener added for that key, by any user's view, hears of new best solutions.
     *
     * @throws IllegalStateException when that plan is already being solved or too many jobs run
     */
    @RolesAllowed("PLANNER")
    public synchronized String solve(String key, RotationSolution problem) {
        if (isSolving(key)) {
            throw new IllegalStateException("A solve of " + key + " is already running");
        }
        long running = jobs.keySet().stream().filter(jobKey -> solverManager.getSolverStatus(jobKey)
                != SolverStatus.NOT_SOLVING).count();
        if (running >= settings.maxJobs()) {
            throw new IllegalStateException("Too many rotation solves are running; try again when one ends");
        }
        jobs.keySet().removeIf(other -> solverManager.getSolverStatus(other) == SolverStatus.NOT_SOLVING
                && jobs.size() >= settings.maxJobs());
        String jobKey = jobKey(key);
        // listeners save drafts and read data: they must do so in the data set the solve was started in
        String dataSet = DataSetContext.current();
        Job job = new Job(key, problem);
        jobs.put(jobKey, job);
        solverManager.solveAndListen(jobKey, id -> problem, solution -> {
            job.improved(solution);
            DataSetContext.runIn(dataSet,
                    () -> listeners(jobKey).forEach(listener -> listener.bestSolutionChanged(solution)));
        }, finalBest -> {
            job.improved(finalBest);
            job.finished = true;
            DataSetContext.runIn(dataSet,
                    () -> listeners(jobKey).forEach(listener -> listener.solvingEnded(finalBest, null)));
        }, (id, error) -> {
            job.error = error.getMessage();
            job.finished = true;
            log.warn("Rotation solve {} failed", id, error);
            DataSetContext.runIn(dataSet,
                    () -> listeners(jobKey).forEach(listener -> listener.solvingEnded(job.best(), error.getMessage())));
        });
        return key;
    }

    /** Plan keys name a plan within a data set: the same plan in two data sets is solved as two jobs. */
    private static String jobKey(String key) {
        return DataSetContext.current() + "/" + key;
    }

    /** Listens to the solves of {@code key}; run the returned handle to stop listening. */
    @RolesAllowed({"PLANNER", "COMMANDER"}) // a solve's rosters name every nation's nominees
    public Runnable addListener(String key, SolveListener listener) {
        String jobKey = jobKey(key);
        listeners.computeIfAbsent(jobKey, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners(jobKey).remove(listener);
    }

    private List<SolveListener> listeners(String key) {
        return listeners.getOrDefault(key, List.of());
    }

    @RolesAllowed("PLANNER")
    public void stop(String key) {
        solverManager.terminateEarly(jobKey(key));
    }

    public SolverStatus status(String key) {
        return solverManager.getSolverStatus(jobKey(key));
    }

    public boolean isSolving(String key) {
        return status(key) != SolverStatus.NOT_SOLVING;
    }

    @RolesAllowed({"PLANNER", "COMMANDER"})
    public Optional<Job> job(String key) {
        return Optional.ofNullable(jobs.get(jobKey(key)));
    }

    /** Solves in the calling thread for at most {@code limit} (unimproved limit as configured). */
    @RolesAllowed("PLANNER")
    public RotationSolution solveBlocking(RotationSolution problem, Duration limit) {
        SolverFactory<RotationSolution> factory = SolverFactory.create(
                RotationSolverConfiguration.solverConfig(limit, settings.unimprovedSpentLimit()));
        return factory.buildSolver().solve(problem);
    }

    @RolesAllowed("PLANNER")
    public RotationPlan solveToPlan(Scenario scenario, Collection<PlanRow> baseline, Duration limit) {
        return RotationMapper.toPlan(solveBlocking(RotationMapper.toSolution(scenario, baseline), limit));
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
                                .add(total.getConstraintName() + ": " + rotation.description());
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
