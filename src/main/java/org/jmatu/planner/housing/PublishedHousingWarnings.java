package org.jmatu.planner.housing;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jmatu.planner.orgchart.HousingWarnings;
import org.jmatu.planner.orgchart.RosterSnapshot;
import org.jmatu.planner.orgchart.RosterSource;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.shared.Period;
import org.springframework.stereotype.Component;

/**
 * The published roster (the one the org chart shows) and the attached companies against the garrisons: the org
 * chart's housing warnings and the Housing view's loads.
 */
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
        return outlook().map(outlook -> outlook.overCapacity().stream().map(load -> {
            Period period = outlook.periods().get(load.period());
            return new Warning(period.start(), period.end(), period.label(), load.kind().name(), load.demand(),
                    load.places());
        }).toList()).orElse(List.of());
    }

    /** Empty while no planning horizon is set up. */
    Optional<HousingOutlook> outlook() {
        return scenarios.current().map(scenario -> {
            Optional<RosterSnapshot> roster = rosters.current();
            List<Plan.RotationRow> rows = roster.map(snapshot -> snapshot.holders().entrySet().stream()
                    .map(entry -> new Plan.RotationRow(entry.getKey().post(), entry.getKey().period(), entry.getValue()))
                    .toList()).orElse(List.of());
            return new HousingOutlook(periods(scenario), roster.map(RosterSnapshot::label).orElse(null),
                    HousingLoads.of(scenario, rows));
        });
    }

    private static List<Period> periods(Scenario scenario) {
        Scenario.Horizon horizon = scenario.horizon();
        return IntStream.range(0, horizon.periods())
                .mapToObj(index -> Period.of(horizon.start(), horizon.periodMonths(), index)).toList();
    }
}
