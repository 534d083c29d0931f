package org.jmatu.planner.planning.rotation.versions;

import org.jmatu.planner.planning.rotation.domain.PlanRow;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A saved roster version as read back: its rows and which slots ("DCDR@3") the planner pinned. */
public record RosterVersion(long id, int number, String name, boolean published, Instant createdAt,
                           Instant publishedAt, String score, String note, List<PlanRow> rows,
                           Set<String> pinnedSlots, boolean approved, String reviewComment, boolean infeasible) {

    /** "v3 (published) 0hard/0medium/-820soft". */
    public String label() {
        return "v" + number + (approved ? " (approved)" : published ? " (published)"
                : infeasible ? " (draft, infeasible)" : " (draft)") + (score == null ? "" : " " + score);
    }
}
