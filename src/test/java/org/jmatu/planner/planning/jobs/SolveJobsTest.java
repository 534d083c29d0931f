package org.jmatu.planner.planning.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jmatu.planner.planning.support.ScoreWords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The background-job component across instances: this context's {@link SolveJobs} and a second one on the same
 * database stand for two instances. One queue under one global cap (1 here), one solve per key on all of them,
 * stop and watching from the other instance, and a solve whose instance falls silent or shuts down marked
 * interrupted.
 */
@SpringBootTest(properties = {"planner.test.context=solve-jobs", "planner.solve.max-concurrent=1",
        "planner.solve.silence-limit=3s"})
class SolveJobsTest {

    private static final SolveKey ROSTER_A = new SolveKey("a", PlanningProblem.ROSTER);
    private static final SolveKey CALENDAR_A = new SolveKey("a", PlanningProblem.CALENDAR);
    private static final SolveKey ROSTER_B = new SolveKey("b", PlanningProblem.ROSTER);

    @Autowired SolveJobs jobs;
    @Autowired SolveTable table;
    @Autowired Clock clock;

    private SolveJobs other;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void secondInstance() throws SchedulerException {
        // it starts no API solve here, so a Quartz of its own that never starts: its shutdown leaves this one's alone
        Properties quartz = new Properties();
        quartz.setProperty("org.quartz.scheduler.instanceName", "other-" + UUID.randomUUID());
        quartz.setProperty("org.quartz.threadPool.threadCount", "1");
        other = new SolveJobs(table, new StdSchedulerFactory(quartz).getScheduler(), clock, new SolveInstance(), 1,
                Duration.ofSeconds(3));
    }

    @AfterEach
    void endEverySolve() throws InterruptedException {
        release.countDown();
        other.destroy();
        for (SolveKey key : List.of(ROSTER_A, CALENDAR_A, ROSTER_B)) {
            jobs.stop(key);
            await(() -> jobs.newest(key).map(SolveJob::active).orElse(false), false);
        }
    }

    /** Work that reports one best, then waits until released or asked to stop, and gives what it has. */
    private SolveWork<String> blockingWork(String plan) {
        return progress -> {
            progress.improved("rotation", plan + "-first", "0hard/-5soft");
            try {
                while (!progress.stopRequested() && !release.await(20, TimeUnit.MILLISECONDS)) {
                    Thread.onSpinWait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return plan;
        };
    }

    @Test
    void aSecondSolveOfTheSameKeyIsRefusedOnEveryInstanceWhileTheFirstIsOn() {
        SolveJob<String> first = jobs.start(ROSTER_A, blockingWork("x"));

        assertThatThrownBy(() -> other.start(ROSTER_A, blockingWork("y")))
                .isInstanceOf(SolveRefusedException.class)
                .hasMessageContaining("still");
        assertThatThrownBy(() -> jobs.start(ROSTER_A, blockingWork("y"))).isInstanceOf(SolveRefusedException.class);
        assertThat(jobs.<String>newest(ROSTER_A)).contains(first);
        assertThat(other.<String>newest(ROSTER_A)).get().extracting(SolveJob::startedBy, SolveJob::requestedAt)
                .containsExactly(first.startedBy(), first.requestedAt());
    }

    @Test
    void solvesBeyondTheGlobalCapWaitInOneLineAndRunInTurnOnTheirInstances() throws Exception {
        SolveJob<String> running = jobs.start(ROSTER_A, blockingWork("x"));
        awaitState(running, SolveState.RUNNING);
        SolveJob<String> second = other.start(CALENDAR_A, blockingWork("y"));
        SolveJob<String> third = jobs.start(ROSTER_B, blockingWork("z"));

        Thread.sleep(1200); // both instances have tried to take them by now
        assertThat(second.state()).isEqualTo(SolveState.QUEUED);
        assertThat(third.state()).isEqualTo(SolveState.QUEUED);
        assertThat(jobs.queuePosition(second)).isEqualTo(1);
        assertThat(other.queuePosition(third)).isEqualTo(2);
        assertThat(jobs.queuePosition(running)).isZero();

        release.countDown();
        awaitState(third, SolveState.FINISHED);
        awaitState(second, SolveState.FINISHED);
        assertThat(running.state()).isEqualTo(SolveState.FINISHED);
        assertThat(running.best()).contains("x");
        assertThat(second.best()).contains("y");
        // the other instance reads what this one ran from the table: its state and score, not its plan
        assertThat(other.<String>newest(ROSTER_A)).get().satisfies(elsewhere -> {
            assertThat(elsewhere.state()).isEqualTo(SolveState.FINISHED);
            assertThat(elsewhere.score()).contains("0hard/-5soft");
            assertThat(elsewhere.best()).isEmpty();
            assertThat(ScoreWords.solveStatus(elsewhere, 0)).startsWith("Solved on another server (best 0hard/-5soft)");
        });
    }

    @Test
    void stopFromAnotherInstanceKeepsTheBestSoFarAndStopWhileWaitingCancels() throws Exception {
        SolveJob<String> running = jobs.start(ROSTER_A, blockingWork("x"));
        awaitState(running, SolveState.RUNNING);
        SolveJob<String> waiting = jobs.start(ROSTER_B, blockingWork("z"));

        assertThat(other.stop(ROSTER_B)).isTrue();
        awaitState(waiting, SolveState.CANCELLED);
        assertThat(jobs.queuePosition(waiting)).isZero();
        assertThat(other.stop(ROSTER_A)).isTrue();
        assertThat(other.<String>newest(ROSTER_A)).get().extracting(SolveJob::stopping).isEqualTo(true);
        awaitState(running, SolveState.STOPPED);
        assertThat(running.best()).contains("x");
        assertThat(waiting.best()).isEmpty();
        assertThat(other.stop(ROSTER_A)).isFalse(); // nothing left to stop
    }

    @Test
    void watchersOnAnotherInstanceHearOfASolveRunHereWithItsScore() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        other.<String>watch(ROSTER_A, job -> heard.add(job.state() + " " + job.score().orElse("-")));
        SolveJob<String> job = jobs.start(ROSTER_A, blockingWork("x"));
        awaitState(job, SolveState.RUNNING);
        await(() -> heard.contains("RUNNING 0hard/-5soft"), true);
        assertThat(ScoreWords.solveStatus(other.newest(ROSTER_A).orElseThrow(), 0))
                .isEqualTo("Solving… (started by planner) · best so far 0hard/-5soft");
        release.countDown();
        awaitState(job, SolveState.FINISHED);

        await(() -> heard.contains("FINISHED 0hard/-5soft"), true);
        assertThat(job.parts()).singleElement().extracting(SolveJob.PartBest::part).isEqualTo("rotation");
    }

    @Test
    void aFailedSolveSaysWhyOnEveryInstance() throws Exception {
        SolveJob<String> job = jobs.start(ROSTER_A, progress -> {
            throw new IllegalStateException("the scenario has no posts");
        });
        awaitState(job, SolveState.FAILED);
        assertThat(job.error()).contains("the scenario has no posts");
        assertThat(other.newest(ROSTER_A)).get().extracting(SolveJob::error)
                .isEqualTo(java.util.Optional.of("the scenario has no posts"));
    }

    @Test
    void aSolveWhoseInstanceFellSilentIsInterruptedKeepingItsLastScoreAndFreesItsKey() throws Exception {
        // an instance took a solve, reported a best score, and was never heard of again
        Instant then = clock.instant().minusSeconds(60);
        long id = table.insert(ROSTER_A, "planner", "ROLE_PLANNER", then, "gone").orElseThrow();
        assertThat(table.claim(id, "gone", 1, then)).isEqualTo(SolveTable.Claim.TAKEN);
        table.beat(id, "gone", new SolveJob.PartBest("rotation", "0hard/-7soft", Duration.ofSeconds(5)), then);

        await(() -> jobs.newest(ROSTER_A).orElseThrow().state() == SolveState.INTERRUPTED, true);
        SolveJob<Object> interrupted = other.newest(ROSTER_A).orElseThrow();
        assertThat(interrupted.error()).get().asString().contains("gone", "stopped answering", "lost");
        assertThat(interrupted.score()).contains("0hard/-7soft");
        assertThat(jobs.start(ROSTER_A, blockingWork("again")).state()).isIn(SolveState.QUEUED,
                SolveState.RUNNING);
    }

    @Test
    void theSolvesOfAnInstanceThatShutsDownAreInterrupted() throws Exception {
        SolveJob<String> running = other.start(ROSTER_A, blockingWork("x"));
        awaitState(running, SolveState.RUNNING);

        other.destroy();

        assertThat(jobs.newest(ROSTER_A)).get().satisfies(job -> {
            assertThat(job.state()).isEqualTo(SolveState.INTERRUPTED);
            assertThat(job.error()).get().asString().contains("shut down");
        });
    }

    private static void awaitState(SolveJob<?> job, SolveState state) throws InterruptedException {
        await(() -> job.state() == state, true);
        assertThat(job.state()).isEqualTo(state);
    }

    /** Up to 30 s: on a loaded two-core machine Quartz may take seconds to run or stop a job. */
    private static void await(Supplier<Boolean> condition, boolean wanted) throws InterruptedException {
        for (int i = 0; i < 1_500 && condition.get() != wanted; i++) {
            Thread.sleep(20);
        }
        assertThat(condition.get()).isEqualTo(wanted);
    }
}
