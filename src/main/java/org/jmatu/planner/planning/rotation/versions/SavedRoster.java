package org.jmatu.planner.planning.rotation.versions;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jmatu.planner.planning.support.InfeasiblePlanException;
import org.jmatu.planner.shared.VersionedEntity;

/**
 * A saved rotation roster: a numbered version, draft or published, with one assignment row per active slot and the
 * English course places it sends people to.
 */
@Entity
@Table(name = "roster_plan")
// the audit trail follows status and review; a saved version's assignments never change, so they stay out of it
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
class SavedRoster extends VersionedEntity {

    /**
     * Draft → published (by a planner) → approved or returned (by the commander). A returned version is no longer
     * published; it stays readable with the commander's comment until a planner publishes it or a newer one.
     */
    enum Status { DRAFT, PUBLISHED, APPROVED, RETURNED }

    private int planNumber;
    private String name;
    @Enumerated(EnumType.STRING)
    private Status status = Status.DRAFT;
    private Instant createdAt;
    private Instant publishedAt;
    private String score;
    private String note;
    /** Breaks a hard rule or comes from a solve stopped early: kept only as a draft, never published. */
    private boolean infeasible;
    private String publishedBy;
    /** The commander's word on approving or returning the plan, who gave it and when. */
    private String reviewComment;
    private String reviewedBy;
    private Instant reviewedAt;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "roster_assignment", joinColumns = @JoinColumn(name = "plan_id"))
    private List<Assignment> assignments = new ArrayList<>();

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "roster_course_seat", joinColumns = @JoinColumn(name = "plan_id"))
    private List<Seat> seats = new ArrayList<>();

    /** A place on an English course this version sends someone to. */
    @Embeddable
    static class Seat {
        @Column(name = "course_code")
        private String course;
        @Column(name = "person_code")
        private String person;

        protected Seat() {
        }

        Seat(String course, String person) {
            this.course = course;
            this.person = person;
        }

        String course() { return course; }
        String person() { return person; }
    }

    @Embeddable
    static class Assignment {
        @Column(name = "post_code")
        private String post;
        @Column(name = "period_index")
        private int period;
        @Column(name = "person_code")
        private String person;
        private boolean pinned;

        protected Assignment() {
        }

        Assignment(String post, int period, String person, boolean pinned) {
            this.post = post;
            this.period = period;
            this.person = person;
            this.pinned = pinned;
        }

        String post() { return post; }
        int period() { return period; }
        String person() { return person; }
        boolean pinned() { return pinned; }
    }

    protected SavedRoster() {
    }

    SavedRoster(int planNumber, String name, Instant createdAt, String score, String note, boolean infeasible) {
        this.infeasible = infeasible;
        this.planNumber = planNumber;
        this.name = name;
        this.createdAt = createdAt;
        this.score = score;
        this.note = note;
    }

    void publish(Instant when, String by) {
        if (infeasible) {
            throw new InfeasiblePlanException("v" + planNumber + " breaks hard rules (" + score
                    + "), so it stays a draft marked infeasible: repair it, save it again, then publish");
        }
        status = Status.PUBLISHED;
        publishedAt = when;
        publishedBy = by;
        reviewComment = null;
        reviewedBy = null;
        reviewedAt = null;
    }

    void approve(String comment, Instant when, String by) {
        review(Status.APPROVED, "approved", comment, when, by);
    }

    void returnWithComment(String comment, Instant when, String by) {
        review(Status.RETURNED, "returned", comment, when, by);
    }

    private void review(Status decision, String verb, String comment, Instant when, String by) {
        if (status != Status.PUBLISHED) {
            throw new IllegalStateException("Only a published roster can be " + verb + "; v" + planNumber + " is "
                    + status.name().toLowerCase());
        }
        status = decision;
        reviewComment = comment;
        reviewedAt = when;
        reviewedBy = by;
    }

    String getReviewComment() { return reviewComment; }
    String getPublishedBy() { return publishedBy; }
    String getReviewedBy() { return reviewedBy; }
    Instant getReviewedAt() { return reviewedAt; }
    int getPlanNumber() { return planNumber; }
    String getName() { return name; }
    Status getStatus() { return status; }
    Instant getCreatedAt() { return createdAt; }
    Instant getPublishedAt() { return publishedAt; }
    String getScore() { return score; }
    String getNote() { return note; }
    boolean isInfeasible() { return infeasible; }
    List<Assignment> getAssignments() { return assignments; }
    List<Seat> getSeats() { return seats; }
}
