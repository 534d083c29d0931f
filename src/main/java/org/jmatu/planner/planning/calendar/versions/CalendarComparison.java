package org.jmatu.planner.planning.calendar.versions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;

/** What changed between two saved calendars, exercise by exercise: dates, training area, companies. */
public record CalendarComparison(CalendarVersion a, CalendarVersion b, List<Exercise> exercises) {

    /** One exercise as calendar A and B plan it; null where that calendar does not have it. */
    public record Exercise(String code, PlannedExercise a, PlannedExercise b) {

        public boolean datesChanged() {
            return differs(row -> row.start() + "–" + row.end());
        }

        public boolean areaChanged() {
            return differs(PlannedExercise::trainingArea);
        }

        public boolean companiesChanged() {
            return differs(row -> List.copyOf(new TreeSet<>(row.companies())));
        }

        public boolean changed() {
            return datesChanged() || areaChanged() || companiesChanged();
        }

        private boolean differs(Function<PlannedExercise, Object> field) {
            return a == null || b == null ? a != b : !Objects.equals(field.apply(a), field.apply(b));
        }
    }

    /** Exercises in A's order, then those only B has. */
    public static CalendarComparison of(CalendarVersion a, CalendarVersion b) {
        Map<String, PlannedExercise> inB = new LinkedHashMap<>();
        b.exercises().forEach(row -> inB.put(row.exercise(), row));
        List<Exercise> exercises = new ArrayList<>();
        for (PlannedExercise row : a.exercises()) {
            exercises.add(new Exercise(row.exercise(), row, inB.remove(row.exercise())));
        }
        inB.values().forEach(row -> exercises.add(new Exercise(row.exercise(), null, row)));
        return new CalendarComparison(a, b, List.copyOf(exercises));
    }

    public long changes() {
        return exercises.stream().filter(Exercise::changed).count();
    }
}
