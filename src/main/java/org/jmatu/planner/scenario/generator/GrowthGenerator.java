package org.jmatu.planner.scenario.generator;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.GrowthPhases;
import org.jmatu.planner.scenario.Scenario;

/**
 * The demo unit's growth and burden: funding shares and a cost model a J8 might agree, garrisons with room to spare
 * (so the demo roster is never short of housing), and, at brigade scale, three growth phases: the battalion from the
 * start, the reinforced battalion's further posts from the second year, the brigade's other further posts from the
 * third.
 */
final class GrowthGenerator {

    static final int REINFORCED_FROM = 2;
    static final int BRIGADE_FROM = 4;
    static final Set<String> REINFORCING_SECTIONS = Set.of("Special Operations Cell", "Signal", "Maintenance and Supply");

    static final List<Growth.FundingShare> SHARES = List.of(new Growth.FundingShare("KAZ", 0.40),
            new Growth.FundingShare("USA", 0.20), new Growth.FundingShare("RUS", 0.20),
            new Growth.FundingShare("CHN", 0.15), new Growth.FundingShare("KGZ", 0.02),
            new Growth.FundingShare("UZB", 0.02), new Growth.FundingShare("TJK", 0.01));

    static final Growth.CostModel COSTS = new Growth.CostModel("EUR", List.of(
            new Growth.StaffCost("OF-5", "OF-9", 90_000), new Growth.StaffCost("OF-3", "OF-4", 60_000),
            new Growth.StaffCost("OF-1", "OF-2", 40_000), new Growth.StaffCost("OR-5", "OR-9", 25_000)),
            4_000, 250_000, 15, 600);

    private GrowthGenerator() {
    }

    /** The scenario with its growth; at brigade scale the phases decide the periods (and the witness follows). */
    static ScenarioGenerator.Generated grow(Scale scale, ScenarioGenerator.Generated generated) {
        Scenario scenario = generated.scenario();
        int posts = scenario.posts().size();
        int soldiers = scenario.companies().stream().mapToInt(Scenario.Company::strength).sum();
        Growth growth = new Growth(List.of(), SHARES, COSTS, List.of(
                garrison("AST-FH", "Astana family quarters", "FAMILY_HOUSING", "KAZ", 400_000, 2 * posts),
                garrison("ILI-BKS", "Iliyskiy barracks", "BARRACKS", "KAZ", 600_000, soldiers * 3 / 5),
                garrison("KAP-BKS", "Kapchagay barracks", "BARRACKS", "RUS", 450_000, soldiers / 2),
                garrison("KAZCENT", "KAZCENT training facility", "TRAINING_FACILITY", "USA", 300_000, soldiers)));
        if (scale != Scale.BRIGADE) {
            return new ScenarioGenerator.Generated(scenario.withGrowth(growth), generated.witnessRoster());
        }
        Scenario phased = GrowthPhases.effective(scenario.withGrowth(growth.withPhases(phases(scenario))));
        phased = phased.withPinned(new Scenario.Pinned(active(phased, phased.pinned().rotation()),
                phased.pinned().exercises()));
        return new ScenarioGenerator.Generated(phased, active(phased, generated.witnessRoster()));
    }

    /**
     * The battalion's posts from the start; the brigade's further special-operations, signal and maintenance posts
     * from the second year; its other further posts from the third. The companies keep their own periods (the
     * calendar plans every regional company as attached from the start).
     */
    private static List<Growth.Phase> phases(Scenario brigade) {
        Set<String> battalionPosts = EstablishmentGenerator.of(Scale.BATTALION).stream().map(Scenario.Post::id)
                .collect(Collectors.toSet());
        List<Scenario.Post> further = brigade.posts().stream().filter(post -> !battalionPosts.contains(post.id()))
                .toList();
        return List.of(
                new Growth.Phase("Battalion", 0, List.of(), List.of(), List.of()),
                new Growth.Phase("Reinforced battalion", REINFORCED_FROM, List.of(), further.stream()
                        .filter(post -> REINFORCING_SECTIONS.contains(post.section())).map(Scenario.Post::id).toList(),
                        List.of()),
                new Growth.Phase("Brigade", BRIGADE_FROM, List.of(), further.stream()
                        .filter(post -> !REINFORCING_SECTIONS.contains(post.section())).map(Scenario.Post::id).toList(),
                        List.of()));
    }

    /** The witness roster and the pins on the slots that are still active (rule 1) now that the phases apply. */
    private static List<Scenario.PinnedSlot> active(Scenario scenario, List<Scenario.PinnedSlot> witness) {
        Map<String, String> standards = new HashMap<>();
        scenario.equipmentTypes().forEach(type -> standards.put(type.id(), type.standard()));
        Map<Integer, Set<String>> present = new HashMap<>();
        IntStream.range(0, scenario.horizon().periods()).forEach(period -> present.put(period, new HashSet<>()));
        scenario.companies().forEach(company -> company.attachedPeriods().forEach(period -> company.equipment()
                .forEach(holding -> present.get(period).add(standards.get(holding.type())))));
        Map<String, Scenario.Post> posts = new HashMap<>();
        scenario.posts().forEach(post -> posts.put(post.id(), post));
        return witness.stream().filter(slot -> {
            Scenario.Post post = posts.get(slot.post());
            return (post.activeFrom() == null || post.activeFrom() <= slot.period())
                    && (post.activeTo() == null || slot.period() <= post.activeTo())
                    && (post.requiresStandard() == null || present.get(slot.period()).contains(post.requiresStandard()));
        }).toList();
    }

    private static Growth.Garrison garrison(String id, String name, String kind, String nation, double upkeep,
                                            int places) {
        return new Growth.Garrison(id, name, kind, nation, upkeep, List.of(new Growth.Capacity(0, places)));
    }
}
