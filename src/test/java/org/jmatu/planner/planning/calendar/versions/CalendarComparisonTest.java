package org.jmatu.planner.planning.calendar.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.junit.jupiter.api.Test;

class CalendarComparisonTest {

    private static final LocalDate MAY = LocalDate.of(2027, 5, 3);

    @Test
    void comparesEachExercisesDatesAreaAndCompanies() {
        CalendarVersion a = plan(new PlannedExercise("EX1", MAY, MAY.plusDays(9), "EDELWEISS", List.of("KAZ-1", "KGZ-1")),
                new PlannedExercise("EX2", MAY, MAY.plusDays(9), "MATYBULAK", List.of("KAZ-1")),
                new PlannedExercise("EX3", MAY, MAY.plusDays(9), "MATYBULAK", List.of("TJK-1")));
        CalendarVersion b = plan(new PlannedExercise("EX1", MAY.plusDays(7), MAY.plusDays(16), "EDELWEISS",
                        List.of("KGZ-1", "KAZ-1")),
                new PlannedExercise("EX2", MAY, MAY.plusDays(9), "EDELWEISS", List.of("KAZ-1", "USA-1")),
                new PlannedExercise("EX4", MAY, MAY.plusDays(9), "MATYBULAK", List.of("TJK-1")));

        CalendarComparison comparison = CalendarComparison.of(a, b);

        assertThat(comparison.exercises()).extracting(CalendarComparison.Exercise::code)
                .containsExactly("EX1", "EX2", "EX3", "EX4");
        CalendarComparison.Exercise moved = comparison.exercises().get(0);
        assertThat(moved.datesChanged()).isTrue();
        assertThat(moved.areaChanged()).isFalse();
        assertThat(moved.companiesChanged()).as("the same companies in another order").isFalse();
        CalendarComparison.Exercise relocated = comparison.exercises().get(1);
        assertThat(relocated.datesChanged()).isFalse();
        assertThat(relocated.areaChanged()).isTrue();
        assertThat(relocated.companiesChanged()).isTrue();
        assertThat(comparison.exercises().get(2).b()).isNull();
        assertThat(comparison.exercises().get(3).a()).isNull();
        assertThat(comparison.exercises()).allMatch(CalendarComparison.Exercise::changed);
        assertThat(comparison.changes()).isEqualTo(4);
        assertThat(CalendarComparison.of(a, a).changes()).isZero();
    }

    private static CalendarVersion plan(PlannedExercise... rows) {
        return new CalendarVersion(1, "draft", "Battalion", false, "0hard/-10soft", true, LocalDateTime.of(2026, 1, 1, 0, 0),
                List.of(rows), Set.of(), Set.of());
    }
}
