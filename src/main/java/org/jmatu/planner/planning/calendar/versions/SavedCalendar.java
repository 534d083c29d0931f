package org.jmatu.planner.planning.calendar.versions;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jmatu.planner.planning.support.InfeasiblePlanException;
import org.jmatu.planner.shared.VersionedEntity;

/** A saved exercise calendar: a draft the planner works on, or the published plan liaison officers use. */
@Entity
@Table(name = "calendar_plan")
class SavedCalendar extends VersionedEntity {

    enum Status { DRAFT, PUBLISHED }

    private String name;
    private String scenario;
    @Enumerated(EnumType.STRING)
    private Status status = Status.DRAFT;
    private String score;
    private boolean feasible;
    private LocalDateTime createdAt;
    private LocalDateTime publishedAt;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rowIndex")
    private List<SavedCalendarRow> rows = new ArrayList<>();

    protected SavedCalendar() {
    }

    SavedCalendar(String name, String scenario, String score, boolean feasible, LocalDateTime createdAt) {
        this.name = name;
        this.scenario = scenario;
        this.score = score;
        this.feasible = feasible;
        this.createdAt = createdAt;
    }

    void addRow(SavedCalendarRow row) {
        row.setPlan(this, rows.size());
        rows.add(row);
    }

    void publish(LocalDateTime at) {
        if (!feasible) {
            throw new InfeasiblePlanException("the calendar \"" + name + "\" breaks hard rules (" + score
                    + "), so it stays a draft marked infeasible: repair it, save it again, then publish");
        }
        status = Status.PUBLISHED;
        publishedAt = at;
    }

    String getName() {
        return name;
    }

    String getScenario() {
        return scenario;
    }

    Status getStatus() {
        return status;
    }

    String getScore() {
        return score;
    }

    boolean isFeasible() {
        return feasible;
    }

    LocalDateTime getCreatedAt() {
        return createdAt;
    }

    LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    List<SavedCalendarRow> getRows() {
        return rows;
    }
}
