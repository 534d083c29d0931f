package org.jmatu.planner.housing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.GarrisonKind;

/**
 * The roster and the attached companies against the garrisons' places, period by period. The HQ staff live in family
 * housing: in a period, its holders plus those who arrive for the next one during the hand-over overlap (a newcomer
 * moves in before the holder leaves). The attached companies' soldiers need barracks and a training facility. A
 * kind of garrison the scenario does not list is not checked, so a scenario without garrisons gets no warning.
 */
public final class HousingLoads {

    private HousingLoads() {
    }

    /** Every (period, kind) of a listed kind, with its demand and its places. */
    public static List<HousingLoad> of(Scenario scenario, List<Plan.RotationRow> roster) {
        List<Growth.Garrison> garrisons = scenario.growth().garrisons();
        Set<GarrisonKind> kinds = garrisons.stream().map(garrison -> GarrisonKind.valueOf(garrison.kind()))
                .collect(Collectors.toSet());
        int periods = scenario.horizon().periods();
        Map<Integer, Set<String>> holders = roster.stream().filter(row -> row.person() != null)
                .collect(Collectors.groupingBy(Plan.RotationRow::period,
                        Collectors.mapping(Plan.RotationRow::person, Collectors.toSet())));
        List<HousingLoad> loads = new ArrayList<>();
        for (int period = 0; period < periods; period++) {
            for (GarrisonKind kind : GarrisonKind.values()) {
                if (kinds.contains(kind)) {
                    loads.add(new HousingLoad(period, kind, demand(scenario, kind, period, holders),
                            places(garrisons, kind, period)));
                }
            }
        }
        return loads;
    }

    /** Only the loads over capacity: what the roster view and the org chart warn about. */
    public static List<HousingLoad> overCapacity(Scenario scenario, List<Plan.RotationRow> roster) {
        return of(scenario, roster).stream().filter(HousingLoad::overCapacity).toList();
    }

    public static int places(List<Growth.Garrison> garrisons, GarrisonKind kind, int period) {
        return garrisons.stream().filter(garrison -> kind.name().equals(garrison.kind()))
                .mapToInt(garrison -> garrison.places(period)).sum();
    }

    private static int demand(Scenario scenario, GarrisonKind kind, int period, Map<Integer, Set<String>> holders) {
        if (kind == GarrisonKind.FAMILY_HOUSING) {
            Set<String> present = new HashSet<>(holders.getOrDefault(period, Set.of()));
            present.addAll(holders.getOrDefault(period + 1, Set.of()));
            return present.size();
        }
        return scenario.companies().stream().filter(company -> company.attachedPeriods().contains(period))
                .mapToInt(Scenario.Company::strength).sum();
    }
}
