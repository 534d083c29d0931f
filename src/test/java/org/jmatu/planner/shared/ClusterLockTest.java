package org.jmatu.planner.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Two instances doing the same once-only work at once (starting on an empty database): one after the other, never both. */
@SpringBootTest
class ClusterLockTest {

    @Autowired
    ClusterLock lock;

    @Test
    void workUnderOneNameNeverRunsTwiceAtOnceEvenPastTheDatabasesLockTimeout() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        List<Integer> seenInside = new CopyOnWriteArrayList<>();
        Runnable work = () -> {
            seenInside.add(inside.incrementAndGet());
            try {
                Thread.sleep(1_500); // longer than H2's lock timeout of one second
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inside.decrementAndGet();
        };
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = instances.submit(() -> lock.exclusively("demo-unit", work));
            Future<?> second = instances.submit(() -> lock.exclusively("demo-unit", work));
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
        } finally {
            instances.shutdownNow();
        }
        assertThat(seenInside).containsExactly(1, 1);
    }
}
