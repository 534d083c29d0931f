package org.jmatu.planner.planning.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

@DataJpaTest
@Import({RosterPlanService.class, RosterPlanServiceTest.FixedClock.class})
class RosterPlanServiceTest {

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2027-03-01T08:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    RosterPlanService service;

    private final RotationPlan plan = new RotationPlan(RotationPlan.FORMAT, "Battalion", "0hard/-1medium/-20soft",
            List.of(new PlanRow("CDR", 0, "KAZ-0001"), new PlanRow("J4", 0, null)),
            List.of(new Gap("J4", 0, "RUS must nominate")));

    @Test
    void savesNumberedDraftsWithPinsAndPublishesABaseline() {
        StoredRoster first = service.saveDraft("Battalion", plan, List.of("CDR@0"), "first cut");
        StoredRoster second = service.saveDraft("Battalion", plan, List.of(), null);
        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2027-03-01T08:00:00Z"));
        assertThat(service.baseline()).isEmpty();

        service.publish(first.id());
        StoredRoster baseline = service.baseline().orElseThrow();
        assertThat(baseline.number()).isEqualTo(1);
        assertThat(baseline.published()).isTrue();
        assertThat(baseline.rows()).containsExactly(new PlanRow("CDR", 0, "KAZ-0001"), new PlanRow("J4", 0, null));
        assertThat(baseline.pinnedSlots()).containsExactly("CDR@0");

        service.publish(second.id());
        assertThat(service.baseline().orElseThrow().number()).isEqualTo(2);
        assertThat(service.versions()).extracting(StoredRoster::number).containsExactly(2, 1);
        assertThat(service.find(first.id()).orElseThrow().published()).isTrue(); // earlier versions stay readable
    }
}
