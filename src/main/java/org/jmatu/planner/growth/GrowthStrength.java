package org.jmatu.planner.growth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.Period;
import org.jmatu.planner.shared.Rank;

/**
 * The unit's strength over the horizon and what each growth phase lacks, from a scenario whose posts and companies
 * already carry their phases' periods (as the exporter gives it). Plain Java over the scenario, so that two data
 * sets compare by the same arithmetic.
 */
public final class GrowthStrength {

    private GrowthStrength() {
    }

    public static List<PeriodStrength> byPeriod(Scenario scenario) {
        Map<String, String> standards = equipmentStandards(scenario);
        List<Growth.Phase> phases = scenario.growth().phasesInOrder();
        return periods(scenario).stream().map(period -> {
            int p = period.index();
            List<Scenario.Post> posts = activePosts(scenario, p);
            List<Scenario.Company> companies = attached(scenario, p);
            Map<String, Integer> equipment = new TreeMap<>();
            companies.forEach(company -> company.equipment().forEach(holding -> equipment.merge(
                    standards.getOrDefault(holding.type(), "?"), holding.quantity(), Integer::sum)));
            return new PeriodStrength(p, period.label(), phaseIn(phases, p),
                    posts.size(), count(posts, GrowthStrength::sourcedFrom), count(posts, Scenario.Post::rankMin),
                    companies.size(), companies.stream().mapToInt(Scenario.Company::strength).sum(), equipment);
        }).toList();
    }

    /** For each phase in order, what it lacks in its periods (from its first to the next phase's first). */
    public static List<PhaseShortfall> shortfalls(Scenario scenario) {
        List<Growth.Phase> phases = scenario.growth().phasesInOrder();
        Map<String, String> standards = equipmentStandards(scenario);
        int periods = scenario.horizon().periods();
        List<PhaseShortfall> result = new ArrayList<>();
        for (int index = 0; index < phases.size(); index++) {
            Growth.Phase phase = phases.get(index);
            int until = index + 1 < phases.size() ? phases.get(index + 1).firstPeriod() : periods;
            Map<String, Integer> posts = new TreeMap<>();
            Map<String, Integer> unmaintained = new TreeMap<>();
            for (int p = Math.max(0, phase.firstPeriod()); p < Math.min(until, periods); p++) {
                Period period = periods(scenario).get(p);
                for (Scenario.Post post : activePosts(scenario, p)) {
                    boolean ofPhase = scenario.growth().phaseOf(post).map(phase::equals).orElse(false);
                    if (ofPhase && !hasEligibleNominee(scenario, post, period)) {
                        posts.putIfAbsent(post.id(), p);
                    }
                }
                Set<String> maintained = activePosts(scenario, p).stream().map(Scenario.Post::requiresStandard)
                        .filter(standard -> standard != null).collect(Collectors.toSet());
                for (Scenario.Company company : attached(scenario, p)) {
                    company.equipment().stream().map(holding -> standards.get(holding.type()))
                            .filter(standard -> standard != null && !maintained.contains(standard))
                            .forEach(standard -> unmaintained.putIfAbsent(standard, period.index()));
                }
            }
            result.add(new PhaseShortfall(phase.name(), phase.firstPeriod(), missing(posts), missing(unmaintained)));
        }
        return result;
    }

    /** The phase the unit is in during {@code period}: the last one begun by then, or none before the first. */
    static String phaseIn(List<Growth.Phase> phasesInOrder, int period) {
        String current = null;
        for (Growth.Phase phase : phasesInOrder) {
            if (phase.firstPeriod() <= period) {
                current = phase.name();
            }
        }
        return current;
    }

    /** Rules 2, 3 and 5 of docs/file-formats.md without courses: sourced, qualified and available for the period. */
    private static boolean hasEligibleNominee(Scenario scenario, Scenario.Post post, Period period) {
        LocalDate reportBy = period.start().minusDays(scenario.horizon().handoverDays());
        Rank min = Rank.fromCode(post.rankMin());
        Rank max = Rank.fromCode(post.rankMax());
        List<String> nations = post.sourcing() == null ? null : post.sourcing().nations();
        return scenario.personnel().stream().anyMatch(person -> (nations == null || nations.contains(person.nation()))
                && Rank.fromCode(person.rank()).within(min, max) && new HashSet<>(person.skills()).containsAll(post.skills())
                && person.english() >= post.englishMin() && !person.availableFrom().isAfter(reportBy)
                && !person.availableTo().isBefore(period.end()));
    }

    private static List<PhaseShortfall.Missing> missing(Map<String, Integer> firstPeriods) {
        return firstPeriods.entrySet().stream()
                .map(entry -> new PhaseShortfall.Missing(entry.getKey(), entry.getValue())).toList();
    }

    /** Rule 1 of docs/file-formats.md: within activeFrom..activeTo, and a maintainer post only beside its equipment. */
    static List<Scenario.Post> activePosts(Scenario scenario, int period) {
        Map<String, String> standards = equipmentStandards(scenario);
        Set<String> present = new LinkedHashSet<>();
        attached(scenario, period).forEach(company -> company.equipment()
                .forEach(holding -> present.add(standards.get(holding.type()))));
        return scenario.posts().stream()
                .filter(post -> (post.activeFrom() == null || post.activeFrom() <= period)
                        && (post.activeTo() == null || period <= post.activeTo())
                        && (post.requiresStandard() == null || present.contains(post.requiresStandard())))
                .toList();
    }

    private static List<Scenario.Company> attached(Scenario scenario, int period) {
        return scenario.companies().stream().filter(company -> company.attachedPeriods().contains(period)).toList();
    }

    private static String sourcedFrom(Scenario.Post post) {
        List<String> nations = post.sourcing() == null ? null : post.sourcing().nations();
        return nations == null || nations.isEmpty() ? "ANY" : String.join("/", nations.stream().sorted().toList());
    }

    private static Map<String, Integer> count(List<Scenario.Post> posts, Function<Scenario.Post, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        posts.forEach(post -> counts.merge(key.apply(post), 1, Integer::sum));
        return counts;
    }

    private static Map<String, String> equipmentStandards(Scenario scenario) {
        return scenario.equipmentTypes().stream()
                .collect(Collectors.toMap(Scenario.EquipmentType::id, Scenario.EquipmentType::standard, (a, b) -> a));
    }

    private static List<Period> periods(Scenario scenario) {
        Scenario.Horizon horizon = scenario.horizon();
        return IntStream.range(0, horizon.periods())
                .mapToObj(index -> Period.of(horizon.start(), horizon.periodMonths(), index)).toList();
    }
}
