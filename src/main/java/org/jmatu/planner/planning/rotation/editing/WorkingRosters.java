package org.jmatu.planner.planning.rotation.editing;

import java.time.Clock;
import java.util.Optional;
import org.jmatu.planner.planning.ScenarioSource;
import org.jmatu.planner.planning.rotation.solver.RotationSolverService;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.springframework.stereotype.Component;

/** Opens the working roster of the data set in use, for one roster view. */
@Component
public class WorkingRosters {

    private final RotationSolverService solver;
    private final RosterVersionService versions;
    private final ScenarioSource scenarios;
    private final Clock clock;

    WorkingRosters(RotationSolverService solver, RosterVersionService versions, ScenarioSource scenarios,
                   Clock clock) {
        this.solver = solver;
        this.versions = versions;
        this.scenarios = scenarios;
        this.clock = clock;
    }

    /** The working roster, or empty while no planning horizon is set up. */
    public Optional<WorkingRoster> open() {
        return scenarios.current().map(scenario -> new WorkingRoster(solver, versions, clock, scenario));
    }
}
