package org.jmatu.planner.planning.rotation.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jmatu.planner.planning.ScenarioSource;
import org.jmatu.planner.planning.rotation.domain.Gap;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.jmatu.planner.shared.Message;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

@DataJpaTest
@Import({RosterVersionService.class, RosterVersionServiceTest.FixedClock.class})
class RosterVersionServiceTest {

    private static final Scenario BATTALION = ScenarioGenerator.generate(Scale.BATTALION, 0);
    /** The data in the database as the service sees it; a test changes it "under" a roster in the works. */
    private static final AtomicReference<Scenario> DATA = new AtomicReference<>(BATTALION);

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2027-03-01T08:00:00Z"), ZoneOffset.UTC);
        }

        @Bean
        ScenarioSource scenarios() {
            return () -> Optional.of(DATA.get());
        }
    }

    @Autowired
    RosterVersionService service;

    private final RotationPlan plan = new RotationPlan(RotationPlan.FORMAT, "Battalion", "0hard/-1medium/-20soft",
            List.of(new PlanRow("CDR", 0, "KAZ-0001"), new PlanRow("J4", 0, null)),
            List.of(new Gap("J4", 0, Message.of("gap.no-nominee"))));

    @Test
    void savesNumberedDraftsWithPinsAndPublishesABaseline() {
        RosterVersion first = service.saveDraft("Battalion", plan, List.of("CDR@0"), "first cut");
        RosterVersion second = service.saveDraft("Battalion", plan, List.of(), null);
        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2027-03-01T08:00:00Z"));
        assertThat(service.baseline()).isEmpty();

        service.publish(first.id());
        RosterVersion baseline = service.baseline().orElseThrow();
        assertThat(baseline.number()).isEqualTo(1);
        assertThat(baseline.published()).isTrue();
        assertThat(baseline.rows()).containsExactly(new PlanRow("CDR", 0, "KAZ-0001"), new PlanRow("J4", 0, null));
        assertThat(baseline.pinnedSlots()).containsExactly("CDR@0");

        service.publish(second.id());
        assertThat(service.baseline().orElseThrow().number()).isEqualTo(2);
        assertThat(service.versions()).extracting(RosterVersion::number).containsExactly(2, 1);
        assertThat(service.find(first.id()).orElseThrow().published()).isTrue(); // earlier versions stay readable
    }

    @Test
    void aRosterWorkedOutWhileNewerWorkWasSavedIsKeptAsANewDraftAndNeverPublishedOverIt() {
        DATA.set(BATTALION);
        RosterVersionService.Basis basis = service.basis(BATTALION);
        RosterVersion newer = service.publish(service.saveDraft("Battalion", plan, List.of(), "a colleague's").id());

        RosterVersion late = service.saveAndPublish("Battalion", plan, List.of(), basis);
        assertThat(late.published()).isFalse();
        assertThat(late.number()).isEqualTo(newer.number() + 1);
        assertThat(late.note()).isEqualTo("Kept as a draft: v" + newer.number()
                + " was saved while this roster was worked out");
        assertThat(service.baseline().orElseThrow().id()).isEqualTo(newer.id());
        assertThat(service.find(newer.id()).orElseThrow().rows()).isEqualTo(newer.rows());

        RosterVersion upToDate = service.saveAndPublish("Battalion", plan, List.of(), service.basis(BATTALION));
        assertThat(upToDate.published()).isTrue();
        assertThat(service.baseline().orElseThrow().id()).isEqualTo(upToDate.id());
    }

    @Test
    void aRosterWorkedOutWhileTheDataChangedIsKeptAsANewDraft() {
        DATA.set(BATTALION);
        RosterVersionService.Basis basis = service.basis(BATTALION);
        DATA.set(ScenarioGenerator.generate(Scale.BATTALION, 1)); // nominees edited meanwhile
        try {
            RosterVersion late = service.saveAndPublish("Battalion", plan, List.of(), basis);
            assertThat(late.published()).isFalse();
            assertThat(late.note()).isEqualTo("Kept as a draft: the establishment or the nominees changed while"
                    + " this roster was worked out");
            assertThat(service.baseline()).isEmpty();
        } finally {
            DATA.set(BATTALION);
        }
    }
}
