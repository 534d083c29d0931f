package org.jmatu.planner.planning.calendar.export;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jmatu.planner.datasets.DataSetContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Event versions kept in the data set's own table (calendar_feed_event): each UID with the fingerprint of what
 * it said last, its SEQUENCE and when that changed. A feed request that finds a changed fingerprint raises the
 * SEQUENCE, so every subscriber sees the change the next time it reads the feed.
 */
@Component
class StoredEventVersions implements EventVersions {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    StoredEventVersions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String uidScope() {
        String dataSet = DataSetContext.current();
        return DataSetContext.DEFAULT.equals(dataSet) ? "" : "." + dataSet;
    }

    @Override
    public Stamp stamp(String uid, String fingerprint) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<Recorded> recorded = jdbc.query("select fingerprint, sequence_number, last_modified from calendar_feed_event"
                + " where uid = ?", (rs, row) -> new Recorded(rs.getString(1), rs.getInt(2),
                rs.getTimestamp(3).toInstant()), uid);
        if (recorded.isEmpty()) {
            try {
                jdbc.update("insert into calendar_feed_event (uid, fingerprint, sequence_number, last_modified)"
                        + " values (?, ?, 0, ?)", uid, fingerprint, Timestamp.from(now));
                return new Stamp(0, now);
            } catch (DuplicateKeyException readAtTheSameTime) {
                return stamp(uid, fingerprint);
            }
        }
        Recorded last = recorded.get(0);
        if (last.fingerprint().equals(fingerprint)) {
            return new Stamp(last.sequence(), last.lastModified());
        }
        jdbc.update("update calendar_feed_event set fingerprint = ?, sequence_number = ?, last_modified = ? where uid = ?",
                fingerprint, last.sequence() + 1, Timestamp.from(now), uid);
        return new Stamp(last.sequence() + 1, now);
    }

    private record Recorded(String fingerprint, int sequence, Instant lastModified) {
    }
}
