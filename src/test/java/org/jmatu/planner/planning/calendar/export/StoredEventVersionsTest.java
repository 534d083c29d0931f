package org.jmatu.planner.planning.calendar.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jmatu.planner.datasets.DataSetContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** Feed event versions are kept in the database: the same while an event says the same, the next once it changes. */
@DataJpaTest
@Import({StoredEventVersions.class, StoredEventVersionsTest.FixedClock.class})
class StoredEventVersionsTest {

    static final Instant FIRST_READ = Instant.parse("2027-03-01T08:00:00Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(FIRST_READ, ZoneOffset.UTC);
        }
    }

    @Autowired StoredEventVersions versions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anEventKeepsItsVersionUntilWhatItSaysChanges() {
        String uid = "exercise-CFX-2027-1@calendar.jmatu.planner";
        EventVersions.Stamp first = versions.stamp(uid, "fingerprint-1");
        Instant dayBefore = FIRST_READ.minus(Duration.ofDays(1));
        jdbc.update("update calendar_feed_event set last_modified = ? where uid = ?", Timestamp.from(dayBefore), uid);

        EventVersions.Stamp unchanged = versions.stamp(uid, "fingerprint-1");
        EventVersions.Stamp changed = versions.stamp(uid, "fingerprint-2");

        assertThat(first).isEqualTo(new EventVersions.Stamp(0, FIRST_READ));
        assertThat(unchanged).as("as recorded, not as of now").isEqualTo(new EventVersions.Stamp(0, dayBefore));
        assertThat(changed).isEqualTo(new EventVersions.Stamp(1, FIRST_READ));
    }

    @Test
    void uidsOfADataSetCarryItsKeyAndTheLiveUnitsDoNot() {
        assertThat(versions.uidScope()).isEmpty();
        assertThat(DataSetContext.callIn("what-if-1", versions::uidScope)).isEqualTo(".what-if-1");
    }
}
