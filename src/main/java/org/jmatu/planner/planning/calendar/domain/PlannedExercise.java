package org.jmatu.planner.planning.calendar.domain;

import java.time.LocalDate;
import java.util.List;

/** One row of a plan's {@code exercises} (docs/file-formats.md): {@code end} is {@code start + durationDays - 1}. */
public record PlannedExercise(String exercise, LocalDate start, LocalDate end, String trainingArea,
                              List<String> companies) {
}
