package org.jmatu.planner.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jmatu.planner.planning.PlanSolver;

/**
 * One background solve of a data set, as the status call reports it: written by the solving thread, read by
 * requests, so every field is volatile or concurrent.
 */
final class SolveJob {

    enum State { RUNNING, FINISHED, STOPPED, FAILED }

    /** The parts in the order they are solved. */
    private static final List<String> PARTS = List.of("rotation", "calendar");

    private final String dataSet;
    private final String startedBy;
    private final Instant startedAt;
    private final Map<String, PlanSolver.Progress> bestByPart = new ConcurrentHashMap<>();
    private volatile boolean stopRequested;
    private volatile State state = State.RUNNING;
    private volatile Instant endedAt;
    private volatile SolveStatus.Outcome outcome;
    private volatile String error;

    SolveJob(String dataSet, String startedBy, Instant startedAt) {
        this.dataSet = dataSet;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    String dataSet() {
        return dataSet;
    }

    String startedBy() {
        return startedBy;
    }

    boolean isRunning() {
        return state == State.RUNNING;
    }

    boolean stopRequested() {
        return stopRequested;
    }

    void requestStop() {
        stopRequested = true;
    }

    void progress(PlanSolver.Progress progress) {
        bestByPart.put(progress.part(), progress);
    }

    void finish(SolveStatus.Outcome outcome, Instant now) {
        this.outcome = outcome;
        end(stopRequested ? State.STOPPED : State.FINISHED, now);
    }

    void fail(String error, Instant now) {
        this.error = error;
        end(State.FAILED, now);
    }

    private void end(State state, Instant now) {
        endedAt = now;
        this.state = state;
    }

    SolveStatus status(Instant now) {
        Instant until = endedAt == null ? now : endedAt;
        List<SolveStatus.Part> parts = PARTS.stream().filter(bestByPart::containsKey)
                .map(part -> SolveStatus.Part.of(bestByPart.get(part))).toList();
        return new SolveStatus(dataSet, state, startedBy, startedAt, seconds(Duration.between(startedAt, until)),
                stopRequested && state == State.RUNNING, parts, outcome, error);
    }

    static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
