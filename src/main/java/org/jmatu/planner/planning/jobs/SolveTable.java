package org.jmatu.planner.planning.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jmatu.planner.datasets.DataSetContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The table {@code solve_job} that every instance shares: the only place a solve's state changes hands between
 * instances. It lives in the default schema, whatever data set the calling thread works in.
 */
@Component
class SolveTable {

    /** What asking to run a waiting solve gave. */
    enum Claim {
        /** It is this instance's to run now. */
        TAKEN,
        /** The cap is reached or an older solve waits: ask again soon. */
        WAIT,
        /** It no longer waits (cancelled, interrupted). */
        GONE
    }

    private static final String COLUMNS = "id, data_set, problem, state, requested_by, requested_roles, requested_at,"
            + " instance_id, started_at, ended_at, best_part, best_score, best_found_ms, stop_requested,"
            + " message, result";
    private static final String ACTIVE = "state in ('QUEUED', 'RUNNING')";
    private static final String END = "update solve_job set state = ?, active_key = null, ended_at = ?, message = ?,"
            + " result = ? where id = ? and " + ACTIVE;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    SolveTable(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Runs {@code work} in one transaction of the default schema. */
    <T> T inTransaction(Supplier<T> work) {
        return DataSetContext.callIn(DataSetContext.DEFAULT, () -> transaction.execute(status -> work.get()));
    }

    /**
     * Adds a waiting solve, held by {@code holder} (null: a portable one, any instance may take it).
     *
     * @return its id, or empty when a solve of the key waits or runs already (on any instance)
     */
    Optional<Long> insert(SolveKey key, String requestedBy, String roles, Instant at, String holder) {
        KeyHolder id = new GeneratedKeyHolder();
        try {
            inDefault(() -> jdbc.update(connection -> {
                var insert = connection.prepareStatement("insert into solve_job (data_set, problem, state, active_key,"
                        + " requested_by, requested_roles, requested_at, portable, instance_id, heartbeat_at)"
                        + " values (?, ?, 'QUEUED', ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
                insert.setString(1, key.dataSet());
                insert.setString(2, key.problem().name());
                insert.setString(3, key.dataSet() + "/" + key.problem());
                insert.setString(4, requestedBy);
                insert.setString(5, roles);
                insert.setObject(6, time(at));
                insert.setBoolean(7, holder == null);
                insert.setString(8, holder);
                insert.setObject(9, holder == null ? null : time(at));
                return insert;
            }, id));
        } catch (DataIntegrityViolationException taken) {
            return Optional.empty();
        }
        return Optional.of(id.getKey().longValue());
    }

    Optional<SolveRow> find(long id) {
        return first("select " + COLUMNS + " from solve_job where id = ?", id);
    }

    Optional<SolveRow> newest(SolveKey key) {
        return first("select " + COLUMNS + " from solve_job where data_set = ? and problem = ? order by id desc"
                + " fetch first 1 rows only", key.dataSet(), key.problem().name());
    }

    Optional<SolveRow> active(SolveKey key) {
        return first("select " + COLUMNS + " from solve_job where data_set = ? and problem = ? and " + ACTIVE,
                key.dataSet(), key.problem().name());
    }

    /** 1 for the next to run, 0 when it is not waiting. */
    int queuePosition(long id) {
        return inDefault(() -> jdbc.queryForObject("select case when exists (select 1 from solve_job where id = ? and"
                + " state = 'QUEUED') then (select count(*) from solve_job where state = 'QUEUED' and id <= ?) else 0"
                + " end", Integer.class, id, id));
    }

    /**
     * Takes a waiting solve to run on {@code instance} if fewer than {@code cap} run (on all instances together)
     * and no older one waits: the check and the taking hold one lock, so two instances never both take the last
     * place.
     */
    Claim claim(long id, String instance, int cap, Instant at) {
        try {
            return inTransaction(() -> {
                jdbc.queryForObject("select id from solve_queue_lock where id = 1 for update", Integer.class);
                String state = jdbc.queryForObject("select state from solve_job where id = ?", String.class, id);
                if (!SolveState.QUEUED.name().equals(state)) {
                    return Claim.GONE;
                }
                int running = jdbc.queryForObject("select count(*) from solve_job where state = 'RUNNING'",
                        Integer.class);
                int older = jdbc.queryForObject("select count(*) from solve_job where state = 'QUEUED' and id < ?",
                        Integer.class, id);
                if (running >= cap || older > 0) {
                    return Claim.WAIT;
                }
                jdbc.update("update solve_job set state = 'RUNNING', instance_id = ?, started_at = ?, heartbeat_at = ?"
                        + " where id = ?", instance, time(at), time(at), id);
                return Claim.TAKEN;
            });
        } catch (PessimisticLockingFailureException busy) {
            return Claim.WAIT; // H2 gives up waiting for a lock after a second
        }
    }

    /** Records how a solve that could not be queued ended. */
    void end(long id, SolveState state, String message, String result, Instant at) {
        inDefault(() -> jdbc.update(END, state.name(), time(at), message, result, id));
    }

    /**
     * Records how a solve run on {@code instance} ended, unless another instance has meanwhile declared it
     * interrupted or put it back in the queue (this instance had fallen silent), in which case the row is not ours.
     */
    void endHeld(long id, String instance, SolveState state, String message, String result, Instant at) {
        inDefault(() -> jdbc.update(END + " and instance_id = ?", state.name(), time(at), message, result, id,
                instance));
    }

    /** Takes a waiting solve out of the queue; false when it no longer waits. */
    boolean cancel(long id, Instant at) {
        return inDefault(() -> jdbc.update("update solve_job set state = 'CANCELLED', active_key = null, ended_at = ?"
                + " where id = ? and state = 'QUEUED'", time(at), id)) > 0;
    }

    /** Asks the instance running it to stop it; false when it no longer runs. */
    boolean requestStop(long id) {
        return inDefault(() -> jdbc.update("update solve_job set stop_requested = true where id = ? and"
                + " state = 'RUNNING'", id)) > 0;
    }

    /** The holding instance is alive and the solve's newest best is this. */
    void beat(long id, String instance, SolveJob.PartBest best, Instant at) {
        inDefault(() -> jdbc.update("update solve_job set heartbeat_at = ?, best_part = ?, best_score = ?,"
                        + " best_found_ms = ? where id = ? and instance_id = ? and " + ACTIVE, time(at),
                best == null ? null : best.part(), best == null ? null : best.score(),
                best == null ? null : best.foundAfter().toMillis(), id, instance));
    }

    /** The ids of the solves running on {@code instance} that someone asked to stop. */
    List<Long> stopsAskedOf(String instance) {
        return inDefault(() -> jdbc.queryForList("select id from solve_job where instance_id = ? and stop_requested"
                + " and state = 'RUNNING'", Long.class, instance));
    }

    /**
     * Puts back in the queue every running portable solve (it works on the saved data, so any instance can run it
     * again) whose instance has not been heard of since {@code silentSince}, unless someone asked to stop it: it
     * starts over on whichever instance takes it. Each is put back by one instance only.
     *
     * @return the ids put back, for Quartz to fire again
     */
    List<Long> requeueSilentPortable(Instant silentSince) {
        return inTransaction(() -> jdbc.queryForList("select id from solve_job where state = 'RUNNING' and portable"
                        + " and not stop_requested and heartbeat_at < ?", Long.class, time(silentSince)).stream()
                .filter(id -> jdbc.update("update solve_job set state = 'QUEUED', message = 'Restarted: the instance '"
                        + " || instance_id || ' that ran it stopped answering (its best so far: '"
                        + " || coalesce(best_score, 'none') || '); it solves again from the saved data.',"
                        + " instance_id = null, heartbeat_at = null, started_at = null, best_part = null,"
                        + " best_score = null, best_found_ms = null where id = ? and state = 'RUNNING'"
                        + " and heartbeat_at < ?", id, time(silentSince)) > 0)
                .toList());
    }

    /**
     * Marks INTERRUPTED every other waiting or running solve whose holding instance has not been heard of since
     * {@code silentSince} (it died, or lost the database): a solve of a page's unsaved work, whose plan lived in
     * that instance's memory and is lost with the page; its last reported best score stays.
     */
    int interruptSilent(Instant silentSince, Instant at) {
        return inDefault(() -> jdbc.update("update solve_job set state = 'INTERRUPTED', active_key = null,"
                + " ended_at = ?, message = 'Interrupted: the instance ' || instance_id || ' that held it stopped"
                + " answering. Its plan so far is lost with it (the last best score it reported is kept); solve"
                + " again.' where " + ACTIVE + " and instance_id is not null and heartbeat_at < ?", time(at),
                time(silentSince)));
    }

    /** Marks INTERRUPTED what {@code instance} holds, as it shuts down. */
    int interruptHeldBy(String instance, Instant at) {
        return inDefault(() -> jdbc.update("update solve_job set state = 'INTERRUPTED', active_key = null,"
                + " ended_at = ?, message = 'Interrupted: the instance ' || instance_id || ' that held it was shut"
                + " down. Its plan so far is lost with it (the last best score it reported is kept); solve again.'"
                + " where " + ACTIVE + " and instance_id = ?", time(at), instance));
    }

    private Optional<SolveRow> first(String sql, Object... args) {
        return inDefault(() -> jdbc.query(sql, ROW, args).stream().findFirst());
    }

    private static <T> T inDefault(Supplier<T> work) {
        return DataSetContext.callIn(DataSetContext.DEFAULT, work);
    }

    private static OffsetDateTime time(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static final RowMapper<SolveRow> ROW = (rs, n) -> {
        long foundMs = rs.getLong("best_found_ms");
        Duration found = rs.wasNull() ? Duration.ZERO : Duration.ofMillis(foundMs);
        return new SolveRow(rs.getLong("id"),
                new SolveKey(rs.getString("data_set"), PlanningProblem.valueOf(rs.getString("problem"))),
                SolveState.valueOf(rs.getString("state")), rs.getString("requested_by"),
                rs.getString("requested_roles"), instant(rs, "requested_at"), rs.getString("instance_id"), instant(rs, "started_at"), instant(rs, "ended_at"),
                rs.getString("best_part"), rs.getString("best_score"), found, rs.getBoolean("stop_requested"),
                rs.getString("message"), rs.getString("result"));
    };
}
