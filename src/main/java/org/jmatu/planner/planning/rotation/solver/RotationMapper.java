package org.jmatu.planner.planning.rotation.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jmatu.planner.planning.rotation.domain.CourseSeat;
import org.jmatu.planner.planning.rotation.domain.Gap;
import org.jmatu.planner.planning.rotation.domain.NationFact;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.PostFact;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.planning.rotation.domain.StaffHousing;
import org.jmatu.planner.planning.rotation.solver.justifications.Phrases;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.Message;
import org.jmatu.planner.shared.GarrisonKind;
import org.jmatu.planner.shared.Period;
import org.jmatu.planner.shared.Rank;

/**
 * Builds the solver model from a {@link Scenario} (whatever it came from: the database, a file, the generator)
 * and turns a solved model back into a {@link RotationPlan}. Only active slots are created (rule 1); each
 * slot's nominees are filtered before search by sourcing, qualification and availability (rules 2, 3, 5).
 */
public final class RotationMapper {

    private RotationMapper() {
    }

    public static RotationSolution toSolution(Scenario scenario) {
        return toSolution(scenario, List.of());
    }

    /**
     * @param baseline the published plan's rows: each matching slot remembers its published holder (changes
     *                 are penalised) and starts from it when that person is still eligible
     */
    public static RotationSolution toSolution(Scenario scenario, Collection<PlanRow> baseline) {
        Scenario.Horizon horizon = Objects.requireNonNull(scenario.horizon(), "horizon is required");
        List<Period> periods = IntStream.range(0, horizon.periods())
                .mapToObj(index -> Period.of(horizon.start(), horizon.periodMonths(), index)).toList();
        List<String> nationCodes = scenario.nations().stream().map(Scenario.Nation::code).toList();

        Map<String, Set<String>> standardsByPeriod = standardsByPeriod(scenario, horizon.periods());
        Map<Scenario.Post, List<Integer>> activity = new LinkedHashMap<>();
        int activeSlots = 0;
        for (Scenario.Post post : scenario.posts()) {
            List<Integer> active = new ArrayList<>();
            for (int p = 0; p < horizon.periods(); p++) {
                if (isActive(post, p, standardsByPeriod)) {
                    active.add(p);
                }
            }
            activity.put(post, active);
            activeSlots += active.size();
        }

        Map<String, NationFact> nations = new LinkedHashMap<>();
        for (Scenario.Nation nation : scenario.nations()) {
            nations.put(nation.code(), new NationFact(nation.code(), nation.name(), nation.role(),
                    Math.max(1, nation.tourPeriods()), Math.max(1, nation.maxConsecutivePeriods()),
                    nation.staffShare(), nation.staffShare() * activeSlots));
        }

        List<PersonFact> personnel = new ArrayList<>();
        Map<String, PersonFact> personById = new HashMap<>();
        for (Scenario.Person person : scenario.personnel()) {
            NationFact nation = nations.get(person.nation());
            if (nation == null) {
                throw new IllegalArgumentException("personnel " + person.id() + ": nation '" + person.nation()
                        + "' is not listed in nations");
            }
            PersonFact fact = new PersonFact(person.id(), person.name(), nation, Rank.fromCode(person.rank()),
                    Set.copyOf(nullToEmpty(person.skills())), person.english(), person.availableFrom(),
                    person.availableTo(), person.nativeName());
            personnel.add(fact);
            personById.put(fact.id(), fact);
        }

        CourseOffer courses = CourseOffer.of(scenario.languageCourses(), personnel,
                scenario.pinned() == null ? List.of() : scenario.pinned().courseSeats());
        List<PostFact> posts = new ArrayList<>();
        List<RotationSlot> slots = new ArrayList<>();
        Map<String, RotationSlot> slotById = new HashMap<>();
        int order = 0;
        for (Map.Entry<Scenario.Post, List<Integer>> entry : activity.entrySet()) {
            Scenario.Post post = entry.getKey();
            List<Integer> active = entry.getValue();
            PostFact fact = postFact(post, order++, nationCodes, active);
            posts.add(fact);
            List<PersonFact> candidates = personnel.stream().filter(person -> fact.sourcedFrom(person.nationCode())
                    && person.rank().within(fact.rankMin(), fact.rankMax()) && person.skills().containsAll(fact.skills()))
                    .toList();
            for (int p : active) {
                Period period = periods.get(p);
                LocalDate reportBy = period.start().minusDays(horizon.handoverDays());
                List<PersonFact> nominees = new ArrayList<>();
                Set<PersonFact> byCourse = new HashSet<>();
                for (PersonFact person : candidates) {
                    if (!person.availableBetween(reportBy, period.end())) {
                        continue;
                    }
                    if (person.english() >= fact.englishMin()) {
                        nominees.add(person);
                    } else if (courses.englishBy(person, reportBy) >= fact.englishMin()) {
                        nominees.add(person);
                        byCourse.add(person);
                    }
                }
                RotationSlot slot = new RotationSlot(fact, period, horizon.handoverDays(), nominees);
                slot.setQualifiedByCourse(Set.copyOf(byCourse));
                slots.add(slot);
                slotById.put(slot.getId(), slot);
            }
        }

        for (PlanRow row : baseline) {
            RotationSlot slot = slotById.get(row.slotId());
            if (slot == null || row.person() == null) {
                continue;
            }
            PersonFact person = personById.get(row.person());
            if (person == null) {
                continue;
            }
            slot.setBaseline(person);
            if (slot.getNominees().contains(person)) {
                slot.setPerson(person);
            }
        }

        Scenario.Pinned pinned = scenario.pinned();
        if (pinned != null && pinned.rotation() != null) {
            for (Scenario.PinnedSlot pin : pinned.rotation()) {
                RotationSlot slot = slotById.get(pin.post() + "@" + pin.period());
                if (slot == null) {
                    continue; // a pin on an inactive slot has nothing to hold
                }
                PersonFact person = pin.person() == null ? null : personById.get(pin.person());
                if (pin.person() != null && person == null) {
                    throw new IllegalArgumentException("pinned.rotation " + pin.post() + "/" + pin.period()
                            + ": person '" + pin.person() + "' is not in personnel");
                }
                if (person != null && !slot.getNominees().contains(person)) {
                    slot.getNominees().add(person); // a pin may break a rule: the hard guards will say so
                }
                slot.pin(person);
            }
        }
        RotationSolution solution = new RotationSolution(scenario.name(), horizon.handoverDays(), periods,
                List.copyOf(nations.values()), posts, personnel, slots, courses.courses(), courses.seats());
        solution.setHousing(staffHousing(scenario, periods, slots));
        return solution;
    }

    /**
     * Family housing per period but the last (whose successors are not planned), where the scenario lists any, at the
     * boundaries where it can run short: where its spare places could not take every slot of the next period arriving
     * new. Elsewhere no roster can be over, and the rule would cost the search time for nothing.
     */
    private static List<StaffHousing> staffHousing(Scenario scenario, List<Period> periods, List<RotationSlot> slots) {
        List<Growth.Garrison> housing = scenario.growth().garrisons().stream()
                .filter(garrison -> GarrisonKind.FAMILY_HOUSING.name().equals(garrison.kind())).toList();
        if (housing.isEmpty()) {
            return List.of();
        }
        Map<Integer, Long> activeSlots = slots.stream()
                .collect(Collectors.groupingBy(RotationSlot::getPeriodIndex, Collectors.counting()));
        return periods.subList(0, periods.size() - 1).stream().map(period -> new StaffHousing(period,
                        periods.get(period.index() + 1),
                        housing.stream().mapToInt(garrison -> garrison.places(period.index())).sum(),
                        activeSlots.getOrDefault(period.index(), 0L).intValue()))
                .filter(boundary -> boundary.spare() < activeSlots.getOrDefault(boundary.next().index(), 0L))
                .toList();
    }

    /**
     * Puts a saved roster back on a fresh solution: each row's person where still eligible (or where pinned:
     * a pin holds even when it breaks a rule, and the hard guards then say so), and the pins.
     */
    public static void applyRows(RotationSolution solution, Collection<PlanRow> rows, Set<String> pinnedSlots) {
        Map<String, PersonFact> personById = new HashMap<>();
        solution.getPersonnel().forEach(person -> personById.put(person.id(), person));
        Map<String, RotationSlot> slotById = new HashMap<>();
        solution.getSlots().forEach(slot -> slotById.put(slot.getId(), slot));
        for (PlanRow row : rows) {
            RotationSlot slot = slotById.get(row.slotId());
            if (slot == null) {
                continue;
            }
            PersonFact person = row.person() == null ? null : personById.get(row.person());
            if (pinnedSlots.contains(row.slotId())) {
                if (person != null && !slot.getNominees().contains(person)) {
                    slot.getNominees().add(person);
                }
                slot.pin(person);
            } else if (person == null || slot.getNominees().contains(person)) {
                slot.setPerson(person);
            }
        }
    }

    /**
     * Puts a saved roster's course attendees back on a fresh solution: each into a free, unpinned seat of their course
     * that takes them (a place the data no longer offers them is left out, and a solve fills it anew).
     */
    public static void applySeats(RotationSolution solution, Collection<RotationPlan.SeatRow> attendees) {
        for (RotationPlan.SeatRow row : attendees) {
            List<CourseSeat> ofCourse = solution.getSeats().stream()
                    .filter(seat -> seat.getCourse().id().equals(row.course())).toList();
            boolean seated = ofCourse.stream().anyMatch(seat -> seat.getPerson() != null
                    && seat.getPerson().id().equals(row.person()));
            if (seated) {
                continue;
            }
            ofCourse.stream().filter(seat -> !seat.isPinned() && seat.getPerson() == null).findFirst()
                    .ifPresent(seat -> seat.getCandidates().stream().filter(person -> person.id().equals(row.person()))
                            .findFirst().ifPresent(seat::setPerson));
        }
    }

    /** One row per active slot in establishment order, and a gap with an actionable reason per unfilled slot. */
    public static RotationPlan toPlan(RotationSolution solution) {
        List<PlanRow> rows = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        for (RotationSlot slot : solution.getSlots()) {
            PersonFact person = slot.getPerson();
            rows.add(new PlanRow(slot.getPost().id(), slot.getPeriodIndex(), person == null ? null : person.id()));
            if (person == null) {
                gaps.add(new Gap(slot.getPost().id(), slot.getPeriodIndex(), gapMessage(slot, solution)));
            }
        }
        String score = solution.getScore() == null ? null : solution.getScore().toString();
        List<RotationPlan.SeatRow> seats = solution.getSeats().stream().filter(seat -> seat.getPerson() != null)
                .map(seat -> new RotationPlan.SeatRow(seat.getCourse().id(), seat.getPerson().id())).toList();
        return new RotationPlan(RotationPlan.FORMAT, solution.getName(), score, rows, gaps, seats);
    }

    /**
     * "RUS, USA or CHN must nominate an OF-4 for J4 Chief Logistics (LOGISTICS, English 3) available from
     * 2028-06-17 to 2028-12-31: no eligible nominee".
     */
    public static String gapReason(RotationSlot slot, RotationSolution solution) {
        return gapMessage(slot, solution).english();
    }

    /** {@link #gapReason} as a message, for a view or an export in the reader's language. */
    public static Message gapMessage(RotationSlot slot, RotationSolution solution) {
        PostFact post = slot.getPost();
        List<Object> needs = new ArrayList<>(post.skills().stream().sorted().toList());
        needs.add(Message.of("gap.english", post.englishMin()));
        return Message.of("gap.reason", Phrases.either(post.nations()), post.rankBand(), post.id(), post.title(),
                needs, slot.getReportBy(), slot.getPeriod().end(), nomineesNote(slot, solution));
    }

    /** "no eligible nominee", or how many there are and why none of them holds the slot. */
    private static Message nomineesNote(RotationSlot slot, RotationSolution solution) {
        List<PersonFact> nominees = slot.getNominees();
        if (nominees.isEmpty()) {
            return Message.of("gap.no-nominee");
        } else {
            Set<PersonFact> busy = new HashSet<>();
            for (RotationSlot other : solution.getSlots()) {
                if (other != slot && other.getPeriodIndex() == slot.getPeriodIndex() && other.getPerson() != null) {
                    busy.add(other.getPerson());
                }
            }
            long free = nominees.stream().filter(person -> !busy.contains(person)).count();
            return free == 0 ? Message.of("gap.all-busy", nominees.size(), slot.getPeriod().label())
                    : Message.of("gap.blocked", nominees.size(), free);
        }
    }

    private static PostFact postFact(Scenario.Post post, int order, List<String> nationCodes, List<Integer> active) {
        Scenario.Sourcing sourcing = post.sourcing();
        String rule = sourcing == null || sourcing.rule() == null ? "ANY" : sourcing.rule();
        List<String> nations = sourcing == null || sourcing.nations() == null || sourcing.nations().isEmpty()
                ? nationCodes : List.copyOf(sourcing.nations());
        for (String nation : nations) {
            if (!nationCodes.contains(nation)) {
                throw new IllegalArgumentException("posts " + post.id() + ": sourcing nation '" + nation
                        + "' is not listed in nations");
            }
        }
        String keyGroup = sourcing == null ? null : sourcing.keyGroup();
        int maxNationConsecutive = sourcing == null || sourcing.maxNationConsecutive() == null ? 2
                : sourcing.maxNationConsecutive();
        int first = active.isEmpty() ? -1 : active.getFirst();
        int last = active.isEmpty() ? -1 : active.getLast();
        return new PostFact(post.id(), post.title(), post.section(), order, Rank.fromCode(post.rankMin()),
                Rank.fromCode(post.rankMax()), Set.copyOf(nullToEmpty(post.skills())), post.englishMin(), rule,
                nations, keyGroup, maxNationConsecutive, post.requiresStandard(), first, last, active.size());
    }

    static boolean isActive(Scenario.Post post, int period, Map<String, Set<String>> standardsByPeriod) {
        if (post.activeFrom() != null && period < post.activeFrom()) {
            return false;
        }
        if (post.activeTo() != null && period > post.activeTo()) {
            return false;
        }
        return post.requiresStandard() == null
                || standardsByPeriod.getOrDefault(String.valueOf(period), Set.of()).contains(post.requiresStandard());
    }

    /** Period index (as text) to the equipment standards held by companies attached in that period. */
    static Map<String, Set<String>> standardsByPeriod(Scenario scenario, int periods) {
        Map<String, String> standardByType = new HashMap<>();
        for (Scenario.EquipmentType type : nullToEmpty(scenario.equipmentTypes())) {
            standardByType.put(type.id(), type.standard());
        }
        Map<String, Set<String>> result = new HashMap<>();
        for (Scenario.Company company : nullToEmpty(scenario.companies())) {
            Set<String> standards = new LinkedHashSet<>();
            for (Scenario.Holding holding : nullToEmpty(company.equipment())) {
                String standard = standardByType.get(holding.type());
                if (standard != null && holding.quantity() > 0) {
                    standards.add(standard);
                }
            }
            for (Integer period : nullToEmpty(company.attachedPeriods())) {
                if (period != null && period >= 0 && period < periods) {
                    result.computeIfAbsent(String.valueOf(period), key -> new HashSet<>()).addAll(standards);
                }
            }
        }
        return result;
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
