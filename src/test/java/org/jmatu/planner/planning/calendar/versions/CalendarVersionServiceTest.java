package org.jmatu.planner.planning.calendar.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

@DataJpaTest
@Import({CalendarVersionService.class, CalendarVersionServiceTest.FixedClock.class})
class CalendarVersionServiceTest {

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2027-03-01T08:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    CalendarVersionService service;

    private final CalendarPlan plan = new CalendarPlan("Battalion 2027-2029", "0hard/-120soft", true,
            List.of(new PlannedExercise("CFX-2027-1", LocalDate.of(2027, 4, 5), LocalDate.of(2027, 4, 18), "ILI",
                            List.of("KGZ-1", "UZB-1", "TJK-1")),
                    new PlannedExercise("CFX-2027-2", LocalDate.of(2027, 9, 20), LocalDate.of(2027, 9, 29), "FORISH",
                            List.of("KAZ-1", "KAZ-2", "UZB-1"))),
            List.of(), List.of(), List.of());

    @Test
    void savesADraftWithRowsAndPinsAndPublishesIt() {
        long id = service.saveDraft("Spring draft", plan, Set.of("CFX-2027-1"), Set.of("CFX-2027-1", "CFX-2027-2"));
        var saved = service.load(id).orElseThrow();
        assertThat(saved.published()).isFalse();
        assertThat(saved.createdAt()).isEqualTo(LocalDateTime.of(2027, 3, 1, 8, 0));
        assertThat(saved.exercises()).isEqualTo(List.of(
                new PlannedExercise("CFX-2027-1", LocalDate.of(2027, 4, 5), LocalDate.of(2027, 4, 18), "ILI",
                        List.of("KGZ-1", "TJK-1", "UZB-1")),
                plan.exercises().get(1)));
        assertThat(saved.pins()).extracting(p -> p.exercise() + " " + p.start() + " " + p.trainingArea())
                .containsExactly("CFX-2027-1 2027-04-05 ILI", "CFX-2027-2 null FORISH");
        assertThat(service.latestPublished()).isEmpty();

        service.publish(id);
        assertThat(service.latestPublished()).get().extracting(CalendarVersion::id).isEqualTo(id);
        assertThat(service.list()).hasSize(1);
    }

    @Test
    void aCalendarWorkedOutWhileAnotherWasSavedStaysADraftUntilAPlannerHasComparedThem() {
        CalendarVersionService.Basis basis = service.basis();
        long colleagues = service.saveDraft("Colleague's", plan, Set.of(), Set.of());
        service.publish(colleagues);
        long late = service.saveDraft("Late solve", plan, Set.of(), Set.of());

        assertThat(service.publish(late, basis)).contains("another calendar was saved while this one was worked out");
        assertThat(service.load(late).orElseThrow().published()).isFalse();
        assertThat(service.latestPublished().orElseThrow().id()).isEqualTo(colleagues);

        assertThat(service.publish(late, new CalendarVersionService.Basis(colleagues))).isEmpty();
        assertThat(service.load(late).orElseThrow().published()).isTrue();
    }
}
