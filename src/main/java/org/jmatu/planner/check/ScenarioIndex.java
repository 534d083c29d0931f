package org.jmatu.planner.check;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.Period;

/** The scenario's records by id and its periods, looked up by the rules. */
final class ScenarioIndex {

    final Scenario scenario;
    final Map<String, Scenario.Nation> nations;
    final Map<String, Scenario.Post> posts;
    final Map<String, Scenario.Person> people;
    final Map<String, Scenario.EquipmentType> equipmentTypes;
    final Map<String, Scenario.Company> companies;
    final Map<String, Scenario.TrainingArea> areas;
    final Map<String, Scenario.Exercise> exercises;
    final Map<String, Scenario.LanguageCourse> courses;
    final List<Period> periods;

    ScenarioIndex(Scenario scenario) {
        this.scenario = scenario;
        nations = byId(scenario.nations(), Scenario.Nation::code);
        posts = byId(scenario.posts(), Scenario.Post::id);
        people = byId(scenario.personnel(), Scenario.Person::id);
        equipmentTypes = byId(scenario.equipmentTypes(), Scenario.EquipmentType::id);
        companies = byId(scenario.companies(), Scenario.Company::id);
        areas = byId(scenario.trainingAreas(), Scenario.TrainingArea::id);
        exercises = byId(scenario.exercises(), Scenario.Exercise::id);
        courses = byId(scenario.languageCourses(), Scenario.LanguageCourse::id);
        Scenario.Horizon horizon = scenario.horizon();
        periods = IntStream.range(0, horizon.periods())
                .mapToObj(index -> Period.of(horizon.start(), horizon.periodMonths(), index)).toList();
    }

    boolean validPeriod(int period) {
        return period >= 0 && period < periods.size();
    }

    /** "period 2 (2028-H1)". */
    String period(int period) {
        return validPeriod(period) ? "period " + period + " (" + periods.get(period).label() + ")" : "period " + period;
    }

    /** Why the post is inactive in the period (rule 1), or null when it is active. */
    String inactiveBecause(Scenario.Post post, int period) {
        int from = post.activeFrom() == null ? 0 : post.activeFrom();
        int to = post.activeTo() == null ? periods.size() - 1 : post.activeTo();
        if (period < from || period > to) {
            return "it exists only in periods " + from + "–" + to;
        }
        if (post.requiresStandard() != null && !standardAttached(post.requiresStandard(), period)) {
            return "no company attached in that period holds " + post.requiresStandard() + " equipment";
        }
        return null;
    }

    boolean active(Scenario.Post post, int period) {
        return inactiveBecause(post, period) == null;
    }

    /** Holdings of quantity 0 do not count: the company does not hold that equipment. */
    private boolean standardAttached(String standard, int period) {
        return scenario.companies().stream()
                .filter(company -> company.attachedPeriods().contains(period))
                .flatMap(company -> company.equipment().stream())
                .filter(holding -> holding.quantity() > 0)
                .map(holding -> equipmentTypes.get(holding.type()))
                .anyMatch(type -> type != null && standard.equals(type.standard()));
    }

    /** Indices of the periods that share at least one day with {@code from..to}. */
    List<Integer> periodsTouched(LocalDate from, LocalDate to) {
        return periods.stream().filter(period -> period.overlaps(from, to)).map(Period::index).toList();
    }

    /** A company's own capabilities and those of the equipment it holds. */
    Set<String> capabilities(Scenario.Company company) {
        Set<String> result = new TreeSet<>(company.capabilities());
        company.equipment().stream()
                .filter(holding -> holding.quantity() > 0)
                .map(holding -> equipmentTypes.get(holding.type()))
                .filter(type -> type != null)
                .forEach(type -> result.addAll(type.capabilities()));
        return result;
    }

    /** The limit of consecutive periods of one nation on a rotating post; 2 where the file leaves it out. */
    static int maxNationConsecutive(Scenario.Post post) {
        Integer limit = post.sourcing().maxNationConsecutive();
        return limit == null ? 2 : limit;
    }

    /** The nations that may source the post: those listed, or every nation where none are. */
    Set<String> sourcingNations(Scenario.Post post) {
        List<String> listed = post.sourcing().nations();
        return listed == null || listed.isEmpty() ? nations.keySet() : Set.copyOf(listed);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (first, second) -> first,
                LinkedHashMap::new));
    }
}
