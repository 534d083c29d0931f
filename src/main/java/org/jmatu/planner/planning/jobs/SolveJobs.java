package org.jmatu.planner.planning.jobs;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jmatu.planner.datasets.DataSetContext;
import org.jmatu.planner.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs every background solve of the application: at most one waiting or running per {@link SolveKey}, at most
 * {@code planner.solve.max-concurrent} running at once (0, the default, sizes it for the machine: one per two
 * cores), the rest queued in the order asked. Each runs in the data set and as the user that asked for it, so
 * what it saves lands where and under whose name it should. The newest job of each key is kept for whoever looks.
 * Role checks are the callers' (each problem's solver service).
 */
@Component
public class SolveJobs implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(SolveJobs.class);

    private final Clock clock;
    private final ThreadPoolExecutor solvers;
    private final Map<SolveKey, SolveJob<?>> newest = new ConcurrentHashMap<>();
    private final Map<SolveKey, List<Consumer<SolveJob<?>>>> watchers = new ConcurrentHashMap<>();
    /** Waiting jobs in the order they were asked for, for their queue positions. */
    private final List<SolveJob<?>> queue = new CopyOnWriteArrayList<>();

    SolveJobs(Clock clock, @Value("${planner.solve.max-concurrent:0}") int maxConcurrent) {
        this.clock = clock;
        int threads = maxConcurrent > 0 ? maxConcurrent : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        AtomicInteger count = new AtomicInteger();
        this.solvers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "solve-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Queues {@code work} under {@code key} as the signed-in user.
     *
     * @throws SolveRefusedException while a solve of the same key waits or runs
     */
    public synchronized <P> SolveJob<P> start(SolveKey key, SolveWork<P> work) {
        SolveJob<?> previous = newest.get(key);
        if (previous != null && previous.active()) {
            throw new SolveRefusedException(previous);
        }
        SolveJob<P> job = new SolveJob<>(key, CurrentUser.username(), clock);
        job.watch(changed -> watchers(key).forEach(watcher -> watcher.accept(changed)));
        newest.put(key, job);
        queue.add(job);
        Runnable run = () -> {
            queue.remove(job);
            try {
                DataSetContext.runIn(key.dataSet(), () -> job.run(work));
            } catch (RuntimeException failure) {
                LOG.error("The {} solve of data set {} failed", key.problem(), key.dataSet(), failure);
            }
        };
        watchers(key).forEach(watcher -> watcher.accept(job));
        solvers.execute(DelegatingSecurityContextRunnable.create(run, copyOfCurrentUser()));
        return job;
    }

    /**
     * Hears of every solve of {@code key}, those asked for later included (by anyone): when one is queued, starts,
     * finds a new best and ends; on the solving thread. Run the returned handle to stop hearing.
     */
    public <P> Runnable watch(SolveKey key, Consumer<SolveJob<P>> watcher) {
        @SuppressWarnings("unchecked") // a key's problem fixes the kind of plan its jobs give
        Consumer<SolveJob<?>> any = job -> watcher.accept((SolveJob<P>) job);
        watchers.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(any);
        return () -> watchers(key).remove(any);
    }

    private List<Consumer<SolveJob<?>>> watchers(SolveKey key) {
        return watchers.getOrDefault(key, List.of());
    }

    /** The newest solve of {@code key}, running or ended; empty when none was asked for since the start. */
    @SuppressWarnings("unchecked") // a key's problem fixes the kind of plan its jobs give
    public <P> Optional<SolveJob<P>> newest(SolveKey key) {
        return Optional.ofNullable((SolveJob<P>) newest.get(key));
    }

    /** 1 for the next to run, 0 when it is not waiting. */
    public int queuePosition(SolveJob<?> job) {
        return queue.indexOf(job) + 1;
    }

    /** Stops the running solve of {@code key} (its best so far is kept) or takes a waiting one out of the queue. */
    public boolean stop(SolveKey key) {
        SolveJob<?> job = newest.get(key);
        if (job == null || !job.active()) {
            return false;
        }
        if (job.cancelIfQueued()) {
            queue.remove(job);
        } else {
            job.requestStop();
        }
        return true;
    }

    /** The user outlives the request in the solving thread, so what the solve saves is saved in their name. */
    private static SecurityContext copyOfCurrentUser() {
        SecurityContext copy = SecurityContextHolder.createEmptyContext();
        copy.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        return copy;
    }

    @Override
    public void destroy() {
        newest.values().forEach(SolveJob::requestStop);
        solvers.shutdownNow();
    }
}
