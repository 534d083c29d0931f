package org.jmatu.planner.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.PostFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.planning.rotation.solver.RotationMapper;
import org.jmatu.planner.planning.rotation.versions.RosterVersion;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.TranslatedEnum;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a roster still needs from the nations, and who may fill a slot, read through the rotation solver's own
 * model (sourcing nations, qualification, availability with the hand-over), so that force sourcing asks for
 * exactly what the solver would accept.
 */
@Service
public class SlotNeeds {

    /** Why a nominee may not fill a slot, in the order they are checked. */
    public enum Unfit implements TranslatedEnum { NATION, RANK, SKILLS, ENGLISH, AVAILABILITY }

    /**
     * A slot of a published roster the nations must fill: unfilled, or its holder leaves ({@code holderLeaves})
     * before the period ends.
     */
    public record SlotNeed(String post, String title, String section, int period, LocalDate start, LocalDate end,
                           String rankMin, String rankMax, List<String> skills, int englishMin, List<String> nations,
                           boolean keyPost, boolean sectionChief, String holder, LocalDate holderLeaves) {
    }

    /** A nominee judged for a slot: no {@code unfit} reason means eligible. */
    public record NomineeCheck(String person, String name, String nation, String rank, List<Unfit> unfit) {

        public boolean eligible() {
            return unfit.isEmpty();
        }
    }

    /** The roster the HQ works to (published or approved): its number and the slots each nation's people hold. */
    public record Holdings(int rosterVersion, Map<String, Integer> byNation) {

        public int filled() {
            return byNation.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final RosterVersionService versions;
    private final ScenarioSource scenarios;
    private final CurrentPlanService plans;

    SlotNeeds(RosterVersionService versions, ScenarioSource scenarios, CurrentPlanService plans) {
        this.versions = versions;
        this.scenarios = scenarios;
        this.plans = plans;
    }

    /** How the current roster's filled slots fall to the nations; empty while none is published. */
    @Transactional(readOnly = true)
    public Optional<Holdings> currentHoldings() {
        Map<String, String> nationOf = scenarios.current().map(scenario -> scenario.personnel().stream()
                .collect(Collectors.toMap(Scenario.Person::id, Scenario.Person::nation))).orElse(Map.of());
        return plans.currentRoster().map(roster -> new Holdings(roster.number(), roster.rows().stream()
                .filter(row -> row.person() != null && nationOf.containsKey(row.person()))
                .collect(Collectors.groupingBy(row -> nationOf.get(row.person()), Collectors.summingInt(row -> 1)))));
    }

    /** The slots of roster version {@code id} that are unfilled or whose holder leaves before the period ends. */
    @Transactional(readOnly = true)
    public List<SlotNeed> of(long id) {
        Optional<RosterVersion> roster = versions.find(id);
        Optional<RotationSolution> model = scenarios.current()
                .map(scenario -> RotationMapper.toSolution(scenario, roster.map(RosterVersion::rows).orElse(List.of())));
        if (roster.isEmpty() || model.isEmpty()) {
            return List.of();
        }
        List<SlotNeed> needs = new ArrayList<>();
        for (RotationSlot slot : model.get().getSlots()) {
            PersonFact holder = slot.getBaseline();
            LocalDate end = slot.getPeriod().end();
            if (holder == null) {
                needs.add(need(slot, null, null));
            } else if (holder.availableTo() != null && holder.availableTo().isBefore(end)) {
                needs.add(need(slot, holder.id(), holder.availableTo()));
            }
        }
        return needs;
    }

    /**
     * Every nominee the signed-in user may read (a liaison officer: their nation's), judged for slot
     * {@code post}/{@code period}; empty when there is no such active slot.
     */
    @Transactional(readOnly = true)
    public List<NomineeCheck> nominees(String post, int period) {
        Optional<RotationSolution> model = scenarios.current().map(RotationMapper::toSolution);
        Optional<RotationSlot> slot = model.flatMap(solution -> solution.getSlots().stream()
                .filter(candidate -> candidate.getId().equals(post + "@" + period)).findFirst());
        if (slot.isEmpty()) {
            return List.of();
        }
        return model.get().getPersonnel().stream().map(person -> new NomineeCheck(person.id(), person.name(),
                person.nationCode(), person.rank().code(), unfit(slot.get(), person))).toList();
    }

    private static List<Unfit> unfit(RotationSlot slot, PersonFact person) {
        if (slot.getNominees().contains(person)) {
            return List.of(); // eligible, or eligible once a booked language course is done
        }
        PostFact post = slot.getPost();
        List<Unfit> reasons = new ArrayList<>();
        if (!post.sourcedFrom(person.nationCode())) {
            reasons.add(Unfit.NATION);
        }
        if (!person.rank().within(post.rankMin(), post.rankMax())) {
            reasons.add(Unfit.RANK);
        }
        if (!person.skills().containsAll(post.skills())) {
            reasons.add(Unfit.SKILLS);
        }
        if (person.english() < post.englishMin()) {
            reasons.add(Unfit.ENGLISH);
        }
        if (!person.availableBetween(slot.getReportBy(), slot.getPeriod().end())) {
            reasons.add(Unfit.AVAILABILITY);
        }
        return reasons;
    }

    private static SlotNeed need(RotationSlot slot, String holder, LocalDate leaves) {
        PostFact post = slot.getPost();
        return new SlotNeed(post.id(), post.title(), post.section(), slot.getPeriodIndex(), slot.getPeriod().start(),
                slot.getPeriod().end(), post.rankMin().code(), post.rankMax().code(), post.skills().stream().sorted()
                .toList(), post.englishMin(), post.nations(), post.keyGroup() != null, chief(post), holder, leaves);
    }

    /** A section chief by the establishment's convention: "J4-CH", "Chief J4 Logistics". */
    private static boolean chief(PostFact post) {
        return post.id().toUpperCase(Locale.ROOT).endsWith("-CH")
                || post.title() != null && post.title().toLowerCase(Locale.ROOT).startsWith("chief");
    }
}
