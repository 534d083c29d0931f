package org.jmatu.planner.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.Period;
import org.jmatu.planner.shared.Rank;

/** Hard rules 1–9 of docs/file-formats.md: the rotation roster (English counting the courses attended in time). */
final class RotationRules {

    private final ScenarioIndex index;
    private final Attendance attendance;
    private final List<Violation> violations;
    /** The filled rows that name known records, first row per slot (duplicates are a structure problem). */
    private final List<Held> held = new ArrayList<>();

    /** A filled slot with its records resolved. */
    private record Held(Scenario.Post post, int period, Scenario.Person person) {
    }

    private RotationRules(ScenarioIndex index, Plan plan, Attendance attendance, List<Violation> violations) {
        this.index = index;
        this.attendance = attendance;
        this.violations = violations;
        Set<String> slots = new HashSet<>();
        for (Plan.RotationRow row : plan.rotation()) {
            Scenario.Post post = index.posts.get(row.post());
            Scenario.Person person = row.person() == null ? null : index.people.get(row.person());
            if (post != null && person != null && index.validPeriod(row.period())
                    && slots.add(PlanStructure.slot(row.post(), row.period()))) {
                held.add(new Held(post, row.period(), person));
            }
        }
    }

    static void check(ScenarioIndex index, Plan plan, Attendance attendance, List<Violation> violations) {
        RotationRules rules = new RotationRules(index, plan, attendance, violations);
        rules.activeSlots();
        rules.qualified();
        rules.available();
        rules.onePostAtATime();
        rules.sourcing();
        rules.keyGroups();
        rules.nationalHandover();
        rules.tourLimit();
        rules.pins(plan);
    }

    private void activeSlots() {
        for (Held slot : held) {
            String inactive = index.inactiveBecause(slot.post(), slot.period());
            if (inactive != null) {
                report(HardRule.ACTIVE_SLOTS, where(slot) + slot.post().id() + " is held by " + slot.person().id()
                        + " but is not active: " + inactive);
            }
        }
    }

    private void qualified() {
        for (Held slot : held) {
            Scenario.Post post = slot.post();
            Scenario.Person person = slot.person();
            List<String> reasons = new ArrayList<>();
            Rank rank = Rank.fromCode(person.rank());
            if (!rank.within(Rank.fromCode(post.rankMin()), Rank.fromCode(post.rankMax()))) {
                reasons.add("rank " + rank + " is outside " + post.rankMin() + "–" + post.rankMax());
            }
            Set<String> missing = new TreeSet<>(post.skills());
            missing.removeAll(person.skills());
            if (!missing.isEmpty()) {
                reasons.add("lacks skill " + String.join(", ", missing));
            }
            // courses that end by the period's start minus the hand-over count (rule 2)
            LocalDate arrival = index.periods.get(slot.period()).start()
                    .minusDays(index.scenario.horizon().handoverDays());
            int english = attendance.english(person, arrival);
            if (english < post.englishMin()) {
                reasons.add("english " + english + " is below " + post.englishMin());
            }
            if (!reasons.isEmpty()) {
                report(HardRule.QUALIFIED, holds(slot) + ": " + String.join("; ", reasons));
            }
        }
    }

    private void available() {
        int handover = index.scenario.horizon().handoverDays();
        for (Held slot : held) {
            Period period = index.periods.get(slot.period());
            Scenario.Person person = slot.person();
            List<String> reasons = new ArrayList<>();
            LocalDate arriveBy = period.start().minusDays(handover);
            if (person.availableFrom().isAfter(arriveBy)) {
                reasons.add("available from " + person.availableFrom() + ", must be by " + arriveBy
                        + " (" + handover + " days' hand-over)");
            }
            if (person.availableTo().isBefore(period.end())) {
                reasons.add("available to " + person.availableTo() + ", must be to " + period.end());
            }
            if (!reasons.isEmpty()) {
                report(HardRule.AVAILABLE, holds(slot) + ": " + String.join("; ", reasons));
            }
        }
    }

    private void onePostAtATime() {
        Map<String, List<Held>> byPersonAndPeriod = new LinkedHashMap<>();
        held.forEach(slot -> byPersonAndPeriod.computeIfAbsent(slot.person().id() + "@" + slot.period(),
                key -> new ArrayList<>()).add(slot));
        byPersonAndPeriod.values().stream().filter(slots -> slots.size() > 1).forEach(slots ->
                report(HardRule.ONE_POST_AT_A_TIME, where(slots.get(0)) + slots.get(0).person().id() + " holds "
                        + and(slots.stream().map(slot -> slot.post().id()).toList())));
    }

    private void sourcing() {
        for (Held slot : held) {
            Set<String> allowed = index.sourcingNations(slot.post());
            if (!allowed.contains(slot.person().nation())) {
                report(HardRule.SOURCING, holds(slot) + ", a national of " + slot.person().nation()
                        + "; the post is sourced by " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    private void keyGroups() {
        // period → key group → nation → slots, kept in plan order for a stable report
        Map<Integer, Map<String, Map<String, List<Held>>>> groups = new TreeMap<>();
        for (Held slot : held) {
            String group = slot.post().sourcing().keyGroup();
            if (group != null) {
                groups.computeIfAbsent(slot.period(), key -> new TreeMap<>())
                        .computeIfAbsent(group, key -> new TreeMap<>())
                        .computeIfAbsent(slot.person().nation(), key -> new ArrayList<>()).add(slot);
            }
        }
        groups.forEach((period, byGroup) -> byGroup.forEach((group, byNation) -> byNation.forEach((nation, slots) -> {
            if (slots.size() > 1) {
                report(HardRule.KEY_GROUPS, index.period(period) + ": "
                        + and(slots.stream().map(slot -> slot.post().id()).toList())
                        + (slots.size() == 2 ? " both" : " all") + " held by " + nation + " ("
                        + slots.stream().map(slot -> slot.person().id()).collect(Collectors.joining(", "))
                        + ")");
            }
        })));
    }

    private void nationalHandover() {
        for (Scenario.Post post : index.posts.values()) {
            if (!"ROTATING".equals(post.sourcing().rule())) {
                continue;
            }
            Map<Integer, String> nations = new TreeMap<>();
            held.stream().filter(slot -> slot.post() == post)
                    .forEach(slot -> nations.put(slot.period(), slot.person().nation()));
            int limit = ScenarioIndex.maxNationConsecutive(post);
            runs(nations::get, (nation, first, last) -> {
                if (last - first + 1 > limit) {
                    report(HardRule.NATIONAL_HANDOVER, post.id() + " is held by " + nation + " for "
                            + (last - first + 1) + " consecutive periods, " + span(first, last) + "; the limit is "
                            + limit);
                }
            });
        }
    }

    private void tourLimit() {
        Map<String, Set<Integer>> periodsByPerson = new LinkedHashMap<>();
        held.forEach(slot -> periodsByPerson.computeIfAbsent(slot.person().id(), key -> new HashSet<>())
                .add(slot.period()));
        periodsByPerson.forEach((person, periods) -> {
            String nation = index.people.get(person).nation();
            Scenario.Nation policy = index.nations.get(nation);
            if (policy == null) {
                return;
            }
            int limit = policy.maxConsecutivePeriods();
            runs(period -> periods.contains(period) ? person : null, (who, first, last) -> {
                if (last - first + 1 > limit) {
                    report(HardRule.TOUR_LIMIT, person + " holds posts for " + (last - first + 1)
                            + " consecutive periods, " + span(first, last) + "; the limit for " + nation + " is " + limit);
                }
            });
        });
    }

    private void pins(Plan plan) {
        Map<String, Plan.RotationRow> rows = new LinkedHashMap<>();
        plan.rotation().forEach(row -> rows.putIfAbsent(PlanStructure.slot(row.post(), row.period()), row));
        for (Scenario.PinnedSlot pin : index.scenario.pinned().rotation()) {
            Plan.RotationRow row = rows.get(PlanStructure.slot(pin.post(), pin.period()));
            String holder = row == null ? null : row.person();
            if (!pin.person().equals(holder)) {
                report(HardRule.ROTATION_PINS, index.period(pin.period()) + ": " + pin.post() + " is pinned to "
                        + pin.person() + " but " + (holder == null ? "is left unfilled" : "is held by " + holder));
            }
        }
    }

    /** Calls {@code run} for each maximal run of equal, non-null values over the periods in order. */
    private void runs(IntFunction<String> valueIn, RunConsumer run) {
        int periods = index.periods.size();
        int first = 0;
        for (int period = 1; period <= periods; period++) {
            String previous = valueIn.apply(period - 1);
            String current = period < periods ? valueIn.apply(period) : null;
            if (current == null || !current.equals(previous)) {
                if (previous != null) {
                    run.accept(previous, first, period - 1);
                }
                first = period;
            }
        }
    }

    private interface RunConsumer {
        void accept(String value, int first, int last);
    }

    /** "periods 0–2 (2027-H1 – 2028-H1)". */
    private String span(int first, int last) {
        return "periods " + first + "–" + last + " (" + index.periods.get(first).label() + " – "
                + index.periods.get(last).label() + ")";
    }

    private String where(Held slot) {
        return index.period(slot.period()) + ": ";
    }

    private String holds(Held slot) {
        return where(slot) + slot.post().id() + " is held by " + slot.person().id();
    }

    /** "A", "A and B", "A, B and C". */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private void report(HardRule rule, String detail) {
        violations.add(new Violation(rule, detail));
    }
}
