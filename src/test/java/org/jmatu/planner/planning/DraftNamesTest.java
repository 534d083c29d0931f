package org.jmatu.planner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DraftNamesTest {

    @Test
    void aDraftIsNamedAfterItsScenarioAndTheMinuteOfTheClock() {
        Clock clock = Clock.fixed(Instant.parse("2027-03-01T08:05:59Z"), ZoneOffset.UTC);

        assertThat(DraftNames.of("Battalion 2027-2029", clock)).isEqualTo("Battalion 2027-2029 2027-03-01 08:05");
    }

    @Test
    void theMinuteIsTheClocksLocalTime() {
        Clock astana = Clock.fixed(Instant.parse("2027-12-31T20:30:00Z"), ZoneOffset.ofHours(5));

        assertThat(DraftNames.of("Brigade", astana)).isEqualTo("Brigade 2028-01-01 01:30");
    }

    @Test
    void aTimeIsStampedToTheMinute() {
        assertThat(DraftNames.stamp(LocalDateTime.of(2027, 9, 20, 7, 4, 33))).isEqualTo("2027-09-20 07:04");
    }
}
