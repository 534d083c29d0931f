package org.jmatu.planner.growth;

import java.util.HashMap;
import java.util.Map;
import org.jmatu.planner.orgchart.GrowthPeriods;
import org.jmatu.planner.scenario.Growth;
import org.springframework.stereotype.Component;

/** Gives the org chart the stored phases' first periods, so that it shows the unit as the phases grow it. */
@Component
class PhasePeriodsForOrgChart implements GrowthPeriods {

    private final GrowthPhaseStore store;

    PhasePeriodsForOrgChart(GrowthPhaseStore store) {
        this.store = store;
    }

    @Override
    public Snapshot current() {
        Map<String, Integer> posts = new HashMap<>();
        Map<String, Integer> sections = new HashMap<>();
        Map<String, Integer> companies = new HashMap<>();
        for (Growth.Phase phase : store.byCode()) {
            phase.posts().forEach(post -> posts.putIfAbsent(post, phase.firstPeriod()));
            phase.sections().forEach(section -> sections.putIfAbsent(section, phase.firstPeriod()));
            phase.companies().forEach(company -> companies.putIfAbsent(company, phase.firstPeriod()));
        }
        return new Snapshot(posts, sections, companies);
    }
}
