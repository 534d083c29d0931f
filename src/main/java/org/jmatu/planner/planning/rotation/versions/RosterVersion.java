package org.jmatu.planner.planning.rotation.versions;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jmatu.planner.planning.DraftNames;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;

/**
 * A saved roster version as read back: its rows, which slots ("DCDR@3") the planner pinned, who published,
 * approved or returned it, and who it sends on which English course.
 */
public record RosterVersion(long id, int number, String name, boolean published, Instant createdAt,
                            Instant publishedAt, String score, String note, List<PlanRow> rows,
                            Set<String> pinnedSlots, boolean approved, String reviewComment, boolean infeasible,
                            Review review, List<RotationPlan.SeatRow> courseSeats) {

    public RosterVersion {
        courseSeats = courseSeats == null ? List.of() : List.copyOf(courseSeats);
    }

    /** A version that sends nobody on a course. */
    public RosterVersion(long id, int number, String name, boolean published, Instant createdAt, Instant publishedAt,
                         String score, String note, List<PlanRow> rows, Set<String> pinnedSlots, boolean approved,
                         String reviewComment, boolean infeasible, Review review) {
        this(id, number, name, published, createdAt, publishedAt, score, note, rows, pinnedSlots, approved,
                reviewComment, infeasible, review, List.of());
    }

    /** Who published the version, and the commander's decision on it (null fields where there is none yet). */
    public record Review(String publishedBy, boolean returned, String reviewedBy, Instant reviewedAt) {

        public static final Review NONE = new Review(null, false, null, null);
    }

    /** "v3 (published) 0hard/0medium/-820soft", "v2 (returned)". */
    public String label() {
        String status = approved ? "approved" : published ? "published" : review.returned() ? "returned"
                : infeasible ? "draft, infeasible" : "draft";
        return "v" + number + " (" + status + ")" + (score == null ? "" : " " + score);
    }

    /**
     * What happened to this version, in words: "Published by planner on 2027-01-10 09:00. Returned by commander on
     * 2027-01-11 14:30: “Stagger the hand-overs of 2028-H1.”"; empty for a draft nobody published.
     */
    public String history() {
        StringBuilder text = new StringBuilder();
        if (publishedAt != null) {
            text.append("Published").append(by(review.publishedBy())).append(" on ").append(stamp(publishedAt))
                    .append('.');
        }
        if (review.reviewedAt() != null) {
            text.append(text.isEmpty() ? "" : " ").append(approved ? "Approved" : "Returned")
                    .append(by(review.reviewedBy())).append(" on ").append(stamp(review.reviewedAt()))
                    .append(reviewComment == null ? "." : ": \u201c" + reviewComment + "\u201d");
        }
        return text.toString();
    }

    private static String by(String user) {
        return user == null ? "" : " by " + user;
    }

    private static String stamp(Instant time) {
        return DraftNames.stamp(LocalDateTime.ofInstant(time, ZoneId.systemDefault()));
    }
}
