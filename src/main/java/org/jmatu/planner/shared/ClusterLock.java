package org.jmatu.planner.shared;

import java.time.Duration;
import java.time.Instant;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work that several instances sharing one database must do once between them (loading the demo unit into an empty
 * database, the morning's reminders): each runs it in one transaction holding the database row lock of its name (a
 * row of {@code startup_lock}), so the others wait, then see the work done. H2 gives up waiting for a lock after a
 * second, so waiting is retried.
 */
@Component
public class ClusterLock {

    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    ClusterLock(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Runs {@code work} (which checks whether it is still to do) holding the lock {@code name}, in one transaction. */
    public void exclusively(String name, Runnable work) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (true) {
            try {
                transaction.executeWithoutResult(status -> {
                    jdbc.queryForObject("select name from startup_lock where name = ? for update", String.class, name);
                    work.run();
                });
                return;
            } catch (PessimisticLockingFailureException busy) {
                if (Instant.now().isAfter(giveUp)) {
                    throw busy;
                }
            }
        }
    }
}
