package org.jmatu.planner.planning.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one background-job component: a queue under a global cap, one job per key, stop, cancel and watching. */
class SolveJobsTest {

    private static final SolveKey ROSTER_A = new SolveKey("a", PlanningProblem.ROSTER);
    private static final SolveKey CALENDAR_A = new SolveKey("a", PlanningProblem.CALENDAR);
    private static final SolveKey ROSTER_B = new SolveKey("b", PlanningProblem.ROSTER);

    private final SolveJobs jobs = new SolveJobs(Clock.systemUTC(), 1);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void shutDown() {
        release.countDown();
        jobs.destroy();
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
    void aSecondSolveOfTheSameKeyIsRefusedWhileTheFirstIsOn() {
        SolveJob<String> first = jobs.start(ROSTER_A, blockingWork("x"));
        assertThatThrownBy(() -> jobs.start(ROSTER_A, blockingWork("y")))
                .isInstanceOf(SolveRefusedException.class)
                .hasMessageContaining("still");
        assertThat(jobs.<String>newest(ROSTER_A)).contains(first);
    }

    @Test
    void solvesBeyondTheCapWaitInLineAndRunInTurn() throws Exception {
        SolveJob<String> running = jobs.start(ROSTER_A, blockingWork("x"));
        SolveJob<String> second = jobs.start(CALENDAR_A, blockingWork("y"));
        SolveJob<String> third = jobs.start(ROSTER_B, blockingWork("z"));
        awaitState(running, SolveState.RUNNING);

        assertThat(second.state()).isEqualTo(SolveState.QUEUED);
        assertThat(jobs.queuePosition(second)).isEqualTo(1);
        assertThat(jobs.queuePosition(third)).isEqualTo(2);
        assertThat(jobs.queuePosition(running)).isZero();

        release.countDown();
        awaitState(third, SolveState.FINISHED);
        assertThat(running.state()).isEqualTo(SolveState.FINISHED);
        assertThat(running.best()).contains("x");
        assertThat(second.best()).contains("y");
    }

    @Test
    void stopKeepsTheBestSoFarAndStopWhileWaitingCancels() throws Exception {
        SolveJob<String> running = jobs.start(ROSTER_A, blockingWork("x"));
        SolveJob<String> waiting = jobs.start(ROSTER_B, blockingWork("z"));
        awaitState(running, SolveState.RUNNING);

        assertThat(jobs.stop(ROSTER_B)).isTrue();
        assertThat(waiting.state()).isEqualTo(SolveState.CANCELLED);
        assertThat(jobs.queuePosition(waiting)).isZero();
        assertThat(jobs.stop(ROSTER_A)).isTrue();
        awaitState(running, SolveState.STOPPED);
        assertThat(running.best()).contains("x");
        assertThat(waiting.best()).isEmpty();
        assertThat(jobs.stop(ROSTER_A)).isFalse(); // nothing left to stop
    }

    @Test
    void watchersOfAKeyHearOfSolvesStartedLaterWithTheirScores() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        jobs.<String>watch(ROSTER_A, job -> heard.add(job.state() + " " + job.score().orElse("-")));
        release.countDown();
        SolveJob<String> job = jobs.start(ROSTER_A, blockingWork("x"));
        awaitState(job, SolveState.FINISHED);

        assertThat(heard).first().isEqualTo("QUEUED -");
        assertThat(heard).contains("RUNNING 0hard/-5soft").last().isEqualTo("FINISHED 0hard/-5soft");
        assertThat(job.parts()).singleElement().extracting(SolveJob.PartBest::part).isEqualTo("rotation");
    }

    @Test
    void aFailedSolveSaysWhy() throws Exception {
        SolveJob<String> job = jobs.start(ROSTER_A, progress -> {
            throw new IllegalStateException("the scenario has no posts");
        });
        awaitState(job, SolveState.FAILED);
        assertThat(job.error()).contains("the scenario has no posts");
        assertThat(job.active()).isFalse();
    }

    private static void awaitState(SolveJob<?> job, SolveState state) throws InterruptedException {
        for (int i = 0; i < 500 && job.state() != state; i++) {
            Thread.sleep(10);
        }
        assertThat(job.state()).isEqualTo(state);
    }
}
