package org.jmatu.planner.planning.courses;

import java.util.List;
import java.util.Optional;
import org.jmatu.planner.planning.ScenarioSource;
import org.jmatu.planner.planning.rotation.versions.RosterVersion;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.springframework.stereotype.Service;

/**
 * The courses view's reading of the roster: planners see the newest saved version (the one they work on), everyone
 * else the published one; a liaison officer only their own nation's officers.
 */
@Service
public class CoursePlanning {

    private final ScenarioSource scenarios;
    private final RosterVersionService versions;

    CoursePlanning(ScenarioSource scenarios, RosterVersionService versions) {
        this.scenarios = scenarios;
        this.versions = versions;
    }

    /** The outlook of the data in use, or empty while no planning horizon is set up. */
    public Optional<CourseOutlook> outlook() {
        Optional<RosterVersion> version = CurrentUser.hasRole(Role.PLANNER) ? versions.latest()
                : versions.baseline().filter(roster -> !roster.infeasible());
        return scenarios.current().map(scenario -> CourseOutlook.of(scenario,
                version.map(RosterVersion::label).orElse(null),
                version.map(RosterVersion::rows).orElse(List.of()),
                version.map(RosterVersion::courseSeats).orElse(List.of()),
                CurrentUser.liaisonNation().orElse(null)));
    }
}
