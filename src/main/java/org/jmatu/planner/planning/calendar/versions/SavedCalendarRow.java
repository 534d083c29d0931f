package org.jmatu.planner.planning.calendar.versions;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;

/** One exercise of a saved calendar: when, where, with whom, and which of it the planner pinned. */
@Entity
@Table(name = "calendar_plan_row")
class SavedCalendarRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private SavedCalendar plan;

    private int rowIndex;
    private String exerciseCode;
    private LocalDate startDate;
    private LocalDate endDate;
    private String trainingAreaCode;
    private boolean pinnedStart;
    private boolean pinnedArea;

    @ElementCollection
    @CollectionTable(name = "calendar_plan_row_company", joinColumns = @JoinColumn(name = "row_id"))
    @Column(name = "company_code")
    private Set<String> companies = new TreeSet<>();

    protected SavedCalendarRow() {
    }

    SavedCalendarRow(PlannedExercise row, boolean pinnedStart, boolean pinnedArea) {
        this.exerciseCode = row.exercise();
        this.startDate = row.start();
        this.endDate = row.end();
        this.trainingAreaCode = row.trainingArea();
        this.pinnedStart = pinnedStart;
        this.pinnedArea = pinnedArea;
        this.companies.addAll(row.companies());
    }

    void setPlan(SavedCalendar plan, int rowIndex) {
        this.plan = plan;
        this.rowIndex = rowIndex;
    }

    PlannedExercise toPlannedExercise() {
        return new PlannedExercise(exerciseCode, startDate, endDate, trainingAreaCode, companies.stream().sorted().toList());
    }

    String getExerciseCode() {
        return exerciseCode;
    }

    boolean isPinnedStart() {
        return pinnedStart;
    }

    boolean isPinnedArea() {
        return pinnedArea;
    }
}
