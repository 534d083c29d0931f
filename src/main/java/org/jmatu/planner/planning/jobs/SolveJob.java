package org.jmatu.planner.planning.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One background solve. On the instance that runs it, the live job: written by its solving thread, read by views
 * and requests on other threads, so every field is volatile or concurrent; watchers hear of each new best and of
 * the end, on the solving thread. Elsewhere, a snapshot of its row in the table: state, newest best score, who
 * started it and, for a portable solve, its result; no plan.
 *
 * @param <P> the plan it gives: a roster, a calendar, or the API's saved whole plan
 */
public final class SolveJob<P> {

    /** A part's best score so far and how long after the start it was found. */
    public record PartBest(String part, String score, Duration foundAfter) {
    }

    private final long id;
    private final SolveKey key;
    private final String startedBy;
    private final Instant requestedAt;
    private final Clock clock;
    private final Map<String, PartBest> bestByPart = new ConcurrentHashMap<>();
    private final List<Consumer<SolveJob<P>>> watchers = new CopyOnWriteArrayList<>();
    private volatile SolveState state = SolveState.QUEUED;
    private volatile boolean stopRequested;
    private volatile Instant startedAt;
    private volatile Instant endedAt;
    private volatile P best;
    private volatile String error;

    SolveJob(long id, SolveKey key, String startedBy, Instant requestedAt, Clock clock) {
        this.id = id;
        this.key = key;
        this.startedBy = startedBy;
        this.requestedAt = requestedAt;
        this.clock = clock;
    }

    /** The solve as its row tells it, with its stored result (a portable solve's) or none. */
    static <P> SolveJob<P> of(SolveRow row, P result, Clock clock) {
        SolveJob<P> job = new SolveJob<>(row.id(), row.key(), row.requestedBy(), row.requestedAt(), clock);
        job.state = row.state();
        job.stopRequested = row.stopRequested();
        job.startedAt = row.startedAt();
        job.endedAt = row.endedAt();
        job.error = row.message();
        job.best = result;
        if (row.bestScore() != null) {
            job.bestByPart.put(row.bestPart(), new PartBest(row.bestPart(), row.bestScore(), row.bestFoundAfter()));
        }
        return job;
    }

    long id() {
        return id;
    }

    public SolveKey key() {
        return key;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public SolveState state() {
        return state;
    }

    public boolean active() {
        return !state.ended();
    }

    /** A stop was asked for and the solve has not ended yet (it finishes its first complete plan first). */
    public boolean stopping() {
        return stopRequested && active();
    }

    /**
     * The plan so far while running, the result once ended; none when cancelled, failed or interrupted before a
     * first plan, nor on an instance other than the one that ran it (but for a portable solve's stored result).
     */
    public Optional<P> best() {
        return Optional.ofNullable(best);
    }

    /** Why it failed or was interrupted. */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /** The best score of each part begun, in the order they were begun (the newest only, read from another instance). */
    public List<PartBest> parts() {
        return bestByPart.values().stream().sorted(Comparator.comparing(PartBest::foundAfter)
                .thenComparing(PartBest::part)).toList();
    }

    /** The newest part's best score, or empty before the first. */
    public Optional<String> score() {
        return newestPart().map(PartBest::score);
    }

    Optional<PartBest> newestPart() {
        return parts().stream().reduce((first, second) -> second);
    }

    /** Running time so far, or until it ended; zero while queued. */
    public Duration elapsed() {
        if (startedAt == null) {
            return Duration.ZERO;
        }
        return Duration.between(startedAt, endedAt == null ? clock.instant() : endedAt);
    }

    /** Hears of each new best and of the end; run the returned handle to stop hearing. */
    public Runnable watch(Consumer<SolveJob<P>> watcher) {
        watchers.add(watcher);
        return () -> watchers.remove(watcher);
    }

    void requestStop() {
        stopRequested = true;
    }

    /** It ended without running here (cancelled, or interrupted while it waited), as its row now says. */
    void endedElsewhere(SolveState ended, String why) {
        error = why;
        end(ended);
        notifyWatchers();
    }

    /**
     * Runs {@code work}; {@code recordEnd} is told how it ended before anyone can see it ended here (its state, its
     * watchers), so that whoever sees the end can start the next solve at once, on any instance.
     */
    void run(SolveWork<P> work, Instant started, BiConsumer<SolveJob<P>, SolveState> recordEnd) {
        startedAt = started;
        state = SolveState.RUNNING;
        notifyWatchers();
        try {
            best = work.solve(progress());
        } catch (RuntimeException failure) {
            error = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            finish(SolveState.FAILED, recordEnd);
            throw failure;
        }
        finish(stopRequested ? SolveState.STOPPED : SolveState.FINISHED, recordEnd);
    }

    private void finish(SolveState ended, BiConsumer<SolveJob<P>, SolveState> recordEnd) {
        try {
            recordEnd.accept(this, ended);
        } finally {
            end(ended);
            notifyWatchers();
        }
    }

    private SolveProgress<P> progress() {
        return new SolveProgress<>() {
            @Override
            public boolean stopRequested() {
                return stopRequested;
            }

            @Override
            public void improved(String part, P plan, String score) {
                bestByPart.put(part, new PartBest(part, score, elapsed()));
                if (plan != null) {
                    best = plan;
                }
                notifyWatchers();
            }
        };
    }

    private void end(SolveState ended) {
        endedAt = clock.instant();
        state = ended;
    }

    private void notifyWatchers() {
        watchers.forEach(watcher -> watcher.accept(this));
    }
}
