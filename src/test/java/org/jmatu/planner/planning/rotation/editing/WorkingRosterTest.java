package org.jmatu.planner.planning.rotation.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jmatu.planner.planning.ScenarioSource;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.solver.RotationMapper;
import org.jmatu.planner.planning.rotation.solver.RotationSolverService;
import org.jmatu.planner.planning.rotation.solver.ScenarioFixture;
import org.jmatu.planner.planning.rotation.versions.RosterVersion;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The roster a planner works on: loading, hand assignment and pins, opening versions, and the publish decision. */
@DataJpaTest
@Import({RosterVersionService.class, WorkingRosters.class, WorkingRosterTest.Fixtures.class})
class WorkingRosterTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);
    private static final LocalDate FAR_OFF = LocalDate.of(2040, 1, 1);

    /** A Kazakh commander and a deputy from the powers over two half-years from 2028. */
    static Scenario commandPair() {
        return ScenarioFixture.withMemberNations()
                .name("Command pair")
                .horizon(LocalDate.of(2028, 1, 1), 6, 2, 14)
                .post("CDR", "Command Group", "OF-5", "OF-6", List.of("COMMAND"), 3, "FIXED", List.of("KAZ"), null, null)
                .post("DCDR", "Command Group", "OF-5", "OF-5", List.of("COMMAND"), 3, "ROTATING",
                        List.of("USA", "RUS", "CHN"), null, null)
                .person("KAZ-1", "KAZ", "OF-6", List.of("COMMAND"), 4, LONG_AGO, FAR_OFF)
                .person("KAZ-2", "KAZ", "OF-5", List.of("COMMAND"), 4, LONG_AGO, FAR_OFF)
                .person("USA-1", "USA", "OF-5", List.of("COMMAND"), 4, LONG_AGO, FAR_OFF)
                .build();
    }

    @TestConfiguration
    static class Fixtures {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2027-03-01T08:00:00Z"), ZoneOffset.UTC);
        }

        @Bean
        ScenarioSource scenarios() {
            return () -> Optional.of(commandPair());
        }

        @Bean
        RotationSolverService rotationSolverService() {
            return RotationSolverService.standalone();
        }
    }

    @Autowired
    WorkingRosters rosters;

    @Autowired
    RosterVersionService versions;

    @Test
    void aHandAssignmentPinsTheCellAndIsScored() {
        WorkingRoster working = rosters.open().orElseThrow();
        assertThat(working.solution().getScore().mediumScore()).isEqualTo(-4); // nothing filled yet

        working.assign("CDR@0", person(working, "KAZ-1"));

        RotationSlot cdr = working.slot("CDR@0").orElseThrow();
        assertThat(cdr.isPinned()).isTrue();
        assertThat(cdr.getPerson().id()).isEqualTo("KAZ-1");
        assertThat(working.solution().getScore().mediumScore()).isEqualTo(-3);
        assertThat(working.explanation().constraints()).isNotEmpty();

        working.togglePin("CDR@0");
        assertThat(working.slot("CDR@0").orElseThrow().isPinned()).isFalse();
        assertThat(working.slot("CDR@0").orElseThrow().getPerson().id()).isEqualTo("KAZ-1");
    }

    @Test
    void publishingTheDraftJustSavedPublishesThatDraftAndAnEditMakesANewVersion() {
        WorkingRoster working = rosters.open().orElseThrow();
        working.assign("CDR@0", person(working, "KAZ-1"));
        WorkingRoster.Saved draft = working.saveDraft();
        WorkingRoster.Saved published = working.publish();

        assertThat(published.version().id()).isEqualTo(draft.version().id());
        assertThat(published.version().published()).isTrue();
        assertThat(published.message()).isEqualTo("Published v1");
        assertThat(versions.versions()).hasSize(1);

        working.assign("CDR@1", person(working, "KAZ-2"));
        assertThat(working.publish().version().number()).isEqualTo(2);
        assertThat(versions.baseline().orElseThrow().number()).isEqualTo(2);
    }

    @Test
    void aRosterBegunBeforeSomeoneElsePublishedIsKeptAsADraftToCompareFirst() {
        WorkingRoster mine = rosters.open().orElseThrow();
        RosterVersion theirs = versions.publish(versions.saveDraft("Command pair",
                RotationMapper.toPlan(rosters.open().orElseThrow().solution()), List.of(), "a colleague's").id());

        mine.assign("CDR@0", person(mine, "KAZ-1"));
        WorkingRoster.Saved kept = mine.publish();

        assertThat(kept.version().published()).isFalse();
        assertThat(kept.message()).contains("v" + theirs.number() + " was saved while this roster was worked out")
                .contains("Compare v2");
        assertThat(versions.baseline().orElseThrow().id()).isEqualTo(theirs.id());
    }

    @Test
    void aDraftOpenedUnchangedIsNotPublishedOverANewerVersion() {
        WorkingRoster mine = rosters.open().orElseThrow();
        mine.assign("CDR@0", person(mine, "KAZ-1"));
        RosterVersion draft = mine.saveDraft().version();
        versions.saveDraft("Command pair", RotationMapper.toPlan(mine.solution()), List.of(), "a colleague's v2");

        WorkingRoster.Saved refused = mine.publish();

        assertThat(refused.version().id()).isEqualTo(draft.id());
        assertThat(refused.message()).startsWith("Not published: v2 was saved while this roster was worked out");
        assertThat(versions.baseline()).isEmpty();
    }

    @Test
    void openingAVersionShowsItsHoldersAndPinsAndTheDropOutDayStartsWithTheHorizon() {
        WorkingRoster working = rosters.open().orElseThrow();
        working.assign("CDR@0", person(working, "KAZ-1"));
        RosterVersion saved = working.saveDraft().version();
        working.assign("CDR@0", person(working, "KAZ-2"));

        working.open(saved);

        assertThat(working.slot("CDR@0").orElseThrow().getPerson().id()).isEqualTo("KAZ-1");
        assertThat(working.slot("CDR@0").orElseThrow().isPinned()).isTrue();
        // "today" (2027-03-01) is before the horizon: a drop-out is proposed on its first day
        assertThat(working.suggestedDropoutDay()).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(rosters.open().orElseThrow().slot("CDR@0").orElseThrow().getPerson().id())
                .as("a new working roster starts from the newest saved version").isEqualTo("KAZ-1");
    }

    private static PersonFact person(WorkingRoster working, String id) {
        return working.personnel().stream().filter(person -> person.id().equals(id)).findFirst().orElseThrow();
    }
}
