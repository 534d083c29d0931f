package org.jmatu.planner.planning;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jmatu.planner.orgchart.RosterSnapshot;
import org.jmatu.planner.orgchart.RosterSource;
import org.jmatu.planner.planning.rotation.versions.RosterVersion;
import org.springframework.stereotype.Component;

/**
 * Gives the org chart the current roster as {@link CurrentPlanService} decides it: the newest published one, never a
 * draft (the chart says that nothing is published where nothing is).
 */
@Component
class CurrentRosterSource implements RosterSource {

    private final CurrentPlanService plans;

    CurrentRosterSource(CurrentPlanService plans) {
        this.plans = plans;
    }

    @Override
    public Optional<RosterSnapshot> current() {
        return plans.currentRoster().map(CurrentRosterSource::snapshot);
    }

    private static RosterSnapshot snapshot(RosterVersion roster) {
        Map<RosterSnapshot.Slot, String> holders = new HashMap<>();
        roster.rows().stream().filter(row -> row.person() != null)
                .forEach(row -> holders.put(new RosterSnapshot.Slot(row.post(), row.period()), row.person()));
        return new RosterSnapshot(RosterSnapshot.Status.PUBLISHED, roster.label(), holders);
    }
}
