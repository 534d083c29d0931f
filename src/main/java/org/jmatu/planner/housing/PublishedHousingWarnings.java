package org.jmatu.planner.housing;

import java.util.List;
import org.jmatu.planner.orgchart.HousingWarnings;
import org.jmatu.planner.orgchart.RosterSource;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.shared.Period;
import org.springframework.stereotype.Component;

/** The org chart's housing warnings: the roster it shows (the published one) and the companies against the garrisons. */
@Component
class PublishedHousingWarnings implements HousingWarnings {

    private final ScenarioExporter scenarios;
    private final RosterSource rosters;

    PublishedHousingWarnings(ScenarioExporter scenarios, RosterSource rosters) {
        this.scenarios = scenarios;
        this.rosters = rosters;
    }

    @Override
    public List<Warning> overCapacity() {
        return scenarios.current().map(scenario -> {
            List<Plan.RotationRow> rows = rosters.current().map(roster -> roster.holders().entrySet().stream()
                    .map(entry -> new Plan.RotationRow(entry.getKey().post(), entry.getKey().period(), entry.getValue()))
                    .toList()).orElse(List.of());
            return HousingLoads.overCapacity(scenario, rows).stream().map(load -> warning(scenario, load)).toList();
        }).orElse(List.of());
    }

    private static Warning warning(Scenario scenario, HousingLoad load) {
        Period period = Period.of(scenario.horizon().start(), scenario.horizon().periodMonths(), load.period());
        return new Warning(period.start(), period.end(), period.label(), load.kind().name(), load.demand(),
                load.places());
    }
}
