package org.jmatu.planner.planning.rotation.versions;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jmatu.planner.orgchart.RosterSnapshot;
import org.jmatu.planner.orgchart.RosterSource;
import org.springframework.stereotype.Component;

/**
 * Gives the org chart the published roster, or the newest draft while nothing is published, so a commander
 * always sees the roster the HQ works to (and a draft is marked as one).
 */
@Component
class SavedRosterSource implements RosterSource {

    private final RosterVersionService plans;

    SavedRosterSource(RosterVersionService plans) {
        this.plans = plans;
    }

    @Override
    public Optional<RosterSnapshot> current() {
        return plans.baseline().or(plans::latest).map(SavedRosterSource::snapshot);
    }

    private static RosterSnapshot snapshot(RosterVersion roster) {
        Map<RosterSnapshot.Slot, String> holders = new HashMap<>();
        roster.rows().stream().filter(row -> row.person() != null)
                .forEach(row -> holders.put(new RosterSnapshot.Slot(row.post(), row.period()), row.person()));
        return new RosterSnapshot(roster.published() ? RosterSnapshot.Status.PUBLISHED : RosterSnapshot.Status.DRAFT,
                roster.label(), holders);
    }
}
