package org.jmatu.planner.planning.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jmatu.planner.datasets.DataSetContext;
import org.jmatu.planner.security.CurrentUser;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every background solve of all the instances that share the database, through its table
 * ({@link SolveTable}): at most one waiting or running per {@link SolveKey} across the instances, at most
 * {@code planner.solve.max-concurrent} running at once across them (0, the default, sizes it for the machine: one
 * per two cores; give every instance the same), the rest queued in the order asked. Each runs in the data set and
 * as the user that asked for it, so what it saves lands where and under whose name it should.
 *
 * <p>Two kinds of solve. A <em>portable</em> one (the API's whole-plan solve) works on the saved data only and
 * saves its result: Quartz's clustered job store hands it to whichever instance has room, and its result is
 * stored for every instance to read. A view's solve starts from the planner's unsaved roster or calendar and gives
 * its plan back to that page, so it runs on the instance that serves the page, taking its place in the same queue.
 *
 * <p>The instance running a solve keeps its live state (each new best plan) in memory and renews its row every
 * second (heartbeat, best score, and whether someone on any instance asked to stop it). Every instance marks
 * INTERRUPTED a solve whose holder fell silent. Role checks are the callers' (each problem's solver service).
 */
@Component
public class SolveJobs implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(SolveJobs.class);
    private static final Duration TICK = Duration.ofSeconds(1);
    private static final Duration RETRY = Duration.ofMillis(500);
    private static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(2);
    static final String SOLVE_ID = "solve";

    /** How a portable problem's solves are run wherever there is room, and how their result is read back. */
    private record Portable<P>(Class<P> resultType, SolveWork<P> work) {
    }

    private final SolveTable table;
    private final Scheduler scheduler;
    private final Clock clock;
    private final SolveInstance instance;
    private final int cap;
    private final Duration silence;
    private final JsonMapper json = JsonMapper.shared();
    private final ThreadPoolExecutor pageSolvers;
    private final ScheduledExecutorService ticker;
    /** The newest solve of each key that this instance runs, ran or holds in its queue: the live ones. */
    private final Map<SolveKey, SolveJob<?>> live = new ConcurrentHashMap<>();
    private final Map<PlanningProblem, Portable<?>> portable = new ConcurrentHashMap<>();
    private final Map<SolveKey, List<Consumer<SolveJob<?>>>> watchers = new ConcurrentHashMap<>();
    /** What the watchers of each key last heard of a solve run elsewhere. */
    private final Map<SolveKey, String> heard = new ConcurrentHashMap<>();

    SolveJobs(SolveTable table, Scheduler scheduler, Clock clock, SolveInstance instance,
              @Value("${planner.solve.max-concurrent:0}") int maxConcurrent,
              @Value("${planner.solve.silence-limit:30s}") Duration silence) {
        this.table = table;
        this.scheduler = scheduler;
        this.clock = clock;
        this.instance = instance;
        this.cap = cap(maxConcurrent);
        this.silence = silence;
        AtomicInteger count = new AtomicInteger();
        this.pageSolvers = new ThreadPoolExecutor(cap, cap, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                task -> daemon(task, "solve-" + count.incrementAndGet()));
        this.ticker = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "solve-heartbeat"));
        ticker.scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The global cap: {@code planner.solve.max-concurrent}, or one per two cores where it is 0. */
    static int cap(int maxConcurrent) {
        return maxConcurrent > 0 ? maxConcurrent : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Lets {@code problem}'s solves run on any instance: {@code work} solves the data set's saved data (it runs in
     * the data set and as the user that asked), and its result, stored as JSON, is read back as {@code resultType}.
     */
    public <P> void runAnywhere(PlanningProblem problem, Class<P> resultType, SolveWork<P> work) {
        portable.put(problem, new Portable<>(resultType, work));
    }

    /**
     * Queues {@code key}'s portable solve (see {@link #runAnywhere}) as the signed-in user, for any instance to run.
     *
     * @throws SolveRefusedException while a solve of the same key waits or runs on any instance
     */
    public <P> SolveJob<P> start(SolveKey key) {
        long id = insert(key, null, now());
        JobDetail job = JobBuilder.newJob(SolveQuartzJob.class).withIdentity("solve-" + id, "solves")
                .usingJobData(SOLVE_ID, Long.toString(id)).build();
        try {
            scheduleAt(job, null, 0);
        } catch (RuntimeException failure) {
            table.end(id, SolveState.FAILED, "Could not be queued: " + failure.getMessage(), null, now());
            throw failure;
        }
        SolveJob<P> queued = this.<P>newest(key).orElseThrow();
        watchers(key).forEach(watcher -> watcher.accept(queued));
        return queued;
    }

    /**
     * Queues {@code work} under {@code key} as the signed-in user, to run on this instance.
     *
     * @throws SolveRefusedException while a solve of the same key waits or runs on any instance
     */
    public <P> SolveJob<P> start(SolveKey key, SolveWork<P> work) {
        Instant now = now();
        long id = insert(key, instance.id(), now);
        SolveJob<P> job = track(new SolveJob<>(id, key, CurrentUser.username(), now, clock));
        watchers(key).forEach(watcher -> watcher.accept(job));
        pageSolvers.execute(DelegatingSecurityContextRunnable.create(() -> runHere(job, work), copyOfCurrentUser()));
        return job;
    }

    /** Now, as precisely as the table keeps it, so a live job and its row tell the same times. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private long insert(SolveKey key, String holder, Instant now) {
        String roles = SecurityContextHolder.getContext().getAuthentication() == null ? ""
                : SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority).collect(Collectors.joining(","));
        for (int attempt = 0; ; attempt++) {
            Optional<Long> id = table.insert(key, CurrentUser.username(), roles, now, holder);
            if (id.isPresent()) {
                return id.get();
            }
            Optional<SolveRow> active = table.active(key);
            if (active.isPresent() || attempt > 0) {
                throw new SolveRefusedException(active.orElseThrow());
            }
            // the solve in the way ended between the two statements: try once more
        }
    }

    private <P> SolveJob<P> track(SolveJob<P> job) {
        live.put(job.key(), job);
        job.watch(changed -> watchers(job.key()).forEach(watcher -> watcher.accept(changed)));
        return job;
    }

    /** Waits in this thread for the job's turn, then runs it here. */
    private <P> void runHere(SolveJob<P> job, SolveWork<P> work) {
        try {
            while (true) {
                SolveTable.Claim claim = table.claim(job.id(), instance.id(), cap, now());
                if (claim == SolveTable.Claim.TAKEN) {
                    run(job, work);
                    return;
                }
                if (claim == SolveTable.Claim.GONE) {
                    SolveRow row = table.find(job.id()).orElseThrow();
                    job.endedElsewhere(row.state(), row.message());
                    return;
                }
                Thread.sleep(RETRY.toMillis());
            }
        } catch (InterruptedException shutdown) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failure) {
            LOG.error("The {} solve of data set {} failed", job.key().problem(), job.key().dataSet(), failure);
        }
    }

    private <P> void run(SolveJob<P> job, SolveWork<P> work) {
        DataSetContext.runIn(job.key().dataSet(), () -> job.run(work, now(), (ended, state) -> table.endHeld(ended.id(),
                instance.id(), state, ended.error().orElse(null), resultOf(ended, state), now())));
    }

    private String resultOf(SolveJob<?> job, SolveState state) {
        boolean stored = portable.containsKey(job.key().problem()) && state != SolveState.FAILED;
        return stored ? job.best().map(json::writeValueAsString).orElse(null) : null;
    }

    /**
     * Quartz fired portable solve {@code id} here: runs it if it is its turn, else asks Quartz to fire it again
     * shortly (on whichever instance then has room).
     */
    void fired(long id, JobKey quartzJob) {
        SolveTable.Claim claim;
        try {
            claim = table.claim(id, instance.id(), cap, now());
        } catch (RuntimeException databaseAway) {
            claim = SolveTable.Claim.WAIT; // a lost firing would leave the solve waiting for ever, holding the line
        }
        if (claim == SolveTable.Claim.WAIT) {
            scheduleAt(null, quartzJob, RETRY.toMillis() * 2);
        } else if (claim == SolveTable.Claim.TAKEN) {
            runPortable(table.find(id).orElseThrow());
        }
    }

    private <P> void runPortable(SolveRow row) {
        @SuppressWarnings("unchecked") // registered per problem with its own result type
        Portable<P> how = (Portable<P>) portable.get(row.key().problem());
        SolveJob<P> job = track(new SolveJob<>(row.id(), row.key(), row.requestedBy(), row.requestedAt(), clock));
        SecurityContext requester = SecurityContextHolder.createEmptyContext();
        requester.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(row.requestedBy(), null,
                AuthorityUtils.commaSeparatedStringToAuthorityList(row.requestedRoles())));
        SecurityContextHolder.setContext(requester);
        try {
            run(job, how.work());
        } catch (RuntimeException failure) {
            LOG.error("The {} solve of data set {} failed", row.key().problem(), row.key().dataSet(), failure);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * Fires portable solve {@code id} again, put back in the queue after its instance fell silent. A job of its own
     * name: the dead instance's firing may still be in Quartz's store until the cluster recovers it.
     */
    private void requeue(long id) {
        LOG.warn("Solve {} starts again: the instance running it fell silent", id);
        scheduleAt(JobBuilder.newJob(SolveQuartzJob.class).withIdentity("solve-" + id + "-again-" + UUID.randomUUID(),
                "solves").usingJobData(SOLVE_ID, Long.toString(id)).build(), null, 0);
    }

    /** Schedules {@code job} (new) or another firing of {@code existing} in {@code delayMillis}. */
    private void scheduleAt(JobDetail job, JobKey existing, long delayMillis) {
        // Quartz fires by the system's time, whatever clock the application is given
        TriggerBuilder<Trigger> trigger = TriggerBuilder.newTrigger()
                .startAt(new Date(System.currentTimeMillis() + delayMillis));
        // Quartz's locks work only inside a transaction on the JDBC store's connection
        table.inTransaction(() -> {
            try {
                if (job != null) {
                    scheduler.scheduleJob(job, trigger.build());
                } else {
                    scheduler.scheduleJob(trigger.forJob(existing).build());
                }
            } catch (SchedulerException e) {
                throw new IllegalStateException("Quartz could not schedule the solve: " + e.getMessage(), e);
            }
            return null;
        });
    }

    /**
     * Hears of every solve of {@code key}, those asked for later included (by anyone, on any instance): when one is
     * queued, starts, finds a new best and ends; on the solving thread, or (run elsewhere) within a second on the
     * heartbeat thread. Run the returned handle to stop hearing.
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

    /**
     * The newest solve of {@code key} on any instance, running or ended: live where it runs (or ran) here, else
     * as its row tells; empty when none was ever asked for.
     */
    @SuppressWarnings("unchecked") // a key's problem fixes the kind of plan its jobs give
    public <P> Optional<SolveJob<P>> newest(SolveKey key) {
        return table.newest(key).map(row -> {
            SolveJob<?> here = live.get(key);
            return (SolveJob<P>) (here != null && here.id() == row.id() ? here : snapshot(row));
        });
    }

    private SolveJob<?> snapshot(SolveRow row) {
        Portable<?> how = portable.get(row.key().problem());
        Object result = how == null || row.result() == null ? null : json.readValue(row.result(), how.resultType());
        return SolveJob.of(row, result, clock);
    }

    /** 1 for the next to run (on any instance), 0 when it is not waiting. */
    public int queuePosition(SolveJob<?> job) {
        return job.state() == SolveState.QUEUED ? table.queuePosition(job.id()) : 0;
    }

    /**
     * Stops the running solve of {@code key} on any instance (its best so far is kept where it runs) or takes a
     * waiting one out of the queue.
     */
    public boolean stop(SolveKey key) {
        Optional<SolveRow> active = table.active(key);
        if (active.isEmpty()) {
            return false;
        }
        long id = active.get().id();
        SolveJob<?> here = live.get(key);
        boolean runsHere = here != null && here.id() == id;
        if (table.cancel(id, now())) {
            if (runsHere) {
                here.endedElsewhere(SolveState.CANCELLED, null);
            }
            return true;
        }
        if (!table.requestStop(id)) {
            return false;
        }
        if (runsHere) {
            here.requestStop(); // at once; another instance hears of it within a second
        }
        return true;
    }

    /** Every second: renew this instance's solves, pass on stops, restart or interrupt the silent, tell watchers. */
    private void tick() {
        try {
            live.values().stream().filter(SolveJob::active).forEach(job ->
                    table.beat(job.id(), instance.id(), job.newestPart().orElse(null), now()));
            List<Long> stops = table.stopsAskedOf(instance.id());
            live.values().stream().filter(job -> stops.contains(job.id())).forEach(SolveJob::requestStop);
            // a solve waiting here behind busy solver threads hears of its cancelling from any instance
            live.values().stream().filter(job -> job.state() == SolveState.QUEUED).forEach(job ->
                    table.find(job.id()).filter(row -> row.state().ended())
                            .ifPresent(row -> job.endedElsewhere(row.state(), row.message())));
            table.requeueSilentPortable(now().minus(silence)).forEach(this::requeue);
            int interrupted = table.interruptSilent(now().minus(silence), now());
            if (interrupted > 0) {
                LOG.warn("Marked {} solve(s) interrupted: the instance holding them fell silent", interrupted);
            }
            watchers.forEach(this::tellOfElsewhere);
        } catch (RuntimeException failure) {
            LOG.warn("Could not renew the solves' heartbeat: {}", failure.getMessage());
        }
    }

    /** Tells the key's watchers of a change of a solve that runs (or waits) elsewhere. */
    private void tellOfElsewhere(SolveKey key, List<Consumer<SolveJob<?>>> keyWatchers) {
        if (keyWatchers.isEmpty()) {
            return;
        }
        table.newest(key).ifPresent(row -> {
            SolveJob<?> here = live.get(key);
            String before = heard.put(key, row.fingerprint());
            boolean sawItOn = before != null && before.startsWith(row.id() + " ");
            if ((here != null && here.id() == row.id()) || row.fingerprint().equals(before)
                    || (row.state().ended() && !sawItOn)) {
                return; // run here (heard live), nothing new, or ended before anyone here heard of it
            }
            SolveJob<?> job = snapshot(row);
            keyWatchers.forEach(watcher -> watcher.accept(job));
        });
    }

    /** The user outlives the request in the solving thread, so what the solve saves is saved in their name. */
    private static SecurityContext copyOfCurrentUser() {
        SecurityContext copy = SecurityContextHolder.createEmptyContext();
        copy.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        return copy;
    }

    /**
     * What this instance holds ends as interrupted: its plans leave with it. Quartz stops first, while the
     * database is still there for it (its factory does not know it uses the application's data source), and the
     * marking waits a little only: if the pool is drained, the other instances' silence rule marks them later.
     */
    @Override
    public void destroy() {
        ticker.shutdownNow();
        try {
            scheduler.shutdown(false);
        } catch (SchedulerException e) {
            LOG.warn("Could not stop Quartz: {}", e.getMessage());
        }
        try {
            CompletableFuture.runAsync(() -> table.interruptHeldBy(instance.id(), now()))
                    .get(SHUTDOWN_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException databaseAway) {
            LOG.warn("Could not mark this instance's solves interrupted: {}", databaseAway.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        live.values().forEach(SolveJob::requestStop);
        pageSolvers.shutdownNow();
    }
}
