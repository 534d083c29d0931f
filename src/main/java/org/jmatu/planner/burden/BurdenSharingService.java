package org.jmatu.planner.burden;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.jmatu.planner.planning.CurrentPlanService;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.security.Role;
import org.springframework.stereotype.Service;

/**
 * Burden sharing of the data set in use, from its current (published) roster and calendar: who contributed what in a
 * year against the agreed shares, and the agreed shares themselves (the planner keeps them).
 */
@Service
@RolesAllowed({Role.PLANNER_NAME, Role.COMMANDER_NAME})
public class BurdenSharingService {

    private final ScenarioExporter scenarios;
    private final CurrentPlanService plans;
    private final FundingStore store;

    BurdenSharingService(ScenarioExporter scenarios, CurrentPlanService plans, FundingStore store) {
        this.scenarios = scenarios;
        this.plans = plans;
        this.store = store;
    }

    /** The years of the horizon; empty while no planning horizon is set up. */
    public List<Integer> years() {
        return scenarios.current().map(BurdenSharing::years).orElse(List.of());
    }

    /** The year's burden from what is published (nothing published: housing only); empty without a horizon. */
    public Optional<BurdenYear> year(int year) {
        return scenarios.current().map(scenario -> BurdenSharing.of(scenario, plans.published().orElseThrow(), year));
    }

    /** The garrisons whose places and upkeep count as housing provided; none while no horizon is set up. */
    public List<Growth.Garrison> garrisons() {
        return scenarios.current().map(scenario -> scenario.growth().garrisons()).orElse(List.of());
    }

    /** The agreed funding shares and the cost model as stored. */
    public Growth funding() {
        return store.read(Growth.none());
    }

    /** Whether {@code shares} may be agreed: each within 0–1 and together 100 %. */
    public static boolean valid(List<Growth.FundingShare> shares) {
        double sum = shares.stream().mapToDouble(Growth.FundingShare::share).sum();
        return shares.stream().allMatch(share -> share.share() >= 0 && share.share() <= 1)
                && Math.abs(sum - 1) <= Growth.SHARE_TOLERANCE;
    }

    /** Replaces the agreed shares and the cost model; refuses shares that do not sum to 100 %. */
    @RolesAllowed(Role.PLANNER_NAME)
    public void save(List<Growth.FundingShare> shares, Growth.CostModel model) {
        if (!shares.isEmpty() && !valid(shares)) {
            throw new IllegalArgumentException("funding shares must each lie within 0–1 and sum to 1 (100 %): " + shares);
        }
        store.write(Growth.none().withFunding(shares, model));
    }
}
