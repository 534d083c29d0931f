package org.jmatu.planner.planning.calendar.domain;

import java.time.LocalDate;
import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * When and where one exercise runs. The start is chosen by the day inside the exercise's window; the
 * value ranges are per exercise, so a pinned start or area narrows its range to the pinned value and
 * an exercise pinned in both is not touched at all ({@link PlanningPin}).
 */
@PlanningEntity
public class ExerciseAssignment {

    @PlanningId
    private String id;
    private ExerciseFact exercise;
    private int index;
    private List<LocalDate> startRange;
    private List<AreaFact> areaRange;
    private LocalDate pinnedStart;
    private String pinnedArea;

    @PlanningVariable(valueRangeProviderRefs = "startRange")
    private LocalDate start;
    @PlanningVariable(valueRangeProviderRefs = "areaRange")
    private AreaFact area;

    ExerciseAssignment() {
    }

    public ExerciseAssignment(ExerciseFact exercise, int index, List<LocalDate> startRange, List<AreaFact> areaRange,
                              LocalDate pinnedStart, String pinnedArea) {
        this.id = exercise.id();
        this.exercise = exercise;
        this.index = index;
        this.startRange = startRange;
        this.areaRange = areaRange;
        this.pinnedStart = pinnedStart;
        this.pinnedArea = pinnedArea;
    }

    /** For tests and hand-made plans. */
    public ExerciseAssignment(ExerciseFact exercise, int index, LocalDate start, AreaFact area) {
        this(exercise, index, List.of(start), List.of(area), null, null);
        this.start = start;
        this.area = area;
    }

    @ValueRangeProvider(id = "startRange")
    public List<LocalDate> getStartRange() {
        return startRange;
    }

    @ValueRangeProvider(id = "areaRange")
    public List<AreaFact> getAreaRange() {
        return areaRange;
    }

    @PlanningPin
    public boolean isPinned() {
        return pinnedStart != null && pinnedArea != null;
    }

    public String getId() {
        return id;
    }

    public ExerciseFact getExercise() {
        return exercise;
    }

    public int getIndex() {
        return index;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public AreaFact getArea() {
        return area;
    }

    public void setArea(AreaFact area) {
        this.area = area;
    }

    public LocalDate getPinnedStart() {
        return pinnedStart;
    }

    public String getPinnedArea() {
        return pinnedArea;
    }

    public void pin(LocalDate start, String areaId) {
        this.pinnedStart = start;
        this.pinnedArea = areaId;
    }

    public LocalDate getEnd() {
        return start.plusDays(exercise.durationDays() - 1L);
    }

    /** Orders exercises by start, ties broken by their order in the scenario. */
    public long getOrder() {
        return start.toEpochDay() * 10_000 + index;
    }

    public String getHostNation() {
        return area.nation();
    }

    public boolean overlaps(ExerciseAssignment other) {
        return overlapDays(other) > 0;
    }

    public int overlapDays(ExerciseAssignment other) {
        return Span.overlapDays(start, getEnd(), other.start, other.getEnd());
    }

    @Override
    public String toString() {
        return id;
    }
}
