package org.jmatu.planner.planning.rotation.solver;

import org.jmatu.planner.planning.rotation.domain.NationFact;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.PostFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.solver.justifications.AvailabilityJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.BaselineChangeJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.DoubleBookingJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.FairShareJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.HandOverJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.KeyGroupJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.NationRunJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.PinJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.QualificationJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.SourcingJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.StaffShareJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.TourContinuityJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.TourLimitJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.UnfilledSlotJustification;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toList;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toSortedSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.jmatu.planner.shared.Period;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/**
 * The rotation roster rules: hard rules 2-9 of SCENARIO.md (rule 1 is structural: only active slots exist),
 * a medium penalty per unfilled slot, and the soft preferences of DOMAIN.md. Weights are documented in
 * docs/constraints.md.
 */
public class RotationConstraintProvider implements ConstraintProvider {

    /** Soft weight per (periods a nation holds one rotating post)²: squares favour an even spread. */
    public static final int FAIR_SHARE_WEIGHT = 10;
    /** Soft weight per (person-periods away from the nation's agreed share)². */
    public static final int STAFF_SHARE_WEIGHT = 1;
    /** Soft weight per extra post of a key group changing holder at the same boundary. */
    public static final int HAND_OVER_WEIGHT = 50;
    /** Soft weight per period a person's stint on a post falls short of the nation's tour. */
    public static final int TOUR_CONTINUITY_WEIGHT = 20;
    /** Soft weight per assignment changed from the published plan when re-planning. */
    public static final int BASELINE_CHANGE_WEIGHT = 500;

    private static final Comparator<Period> BY_INDEX = Comparator.comparingInt(Period::index);

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                postRequiresQualification(factory),
                holderMustBeAvailable(factory),
                onePostPerPersonPerPeriod(factory),
                sourcingNationsOnly(factory),
                keyGroupNationsDiffer(factory),
                rotatingPostChangesNation(factory),
                tourLimit(factory),
                pinnedAssignmentHolds(factory),
                activeSlotFilled(factory),
                keyPostFairShare(factory),
                nationStaffShare(factory),
                nationWithoutStaff(factory),
                staggeredHandOvers(factory),
                tourContinuity(factory),
                baselineStability(factory)
        };
    }

    // ---- hard ----

    Constraint postRequiresQualification(ConstraintFactory factory) {
        return factory.forEach(RotationSlot.class)
                .filter(slot -> !slot.holderQualified())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((slot, score) -> new QualificationJustification(List.of(slot.getId()),
                        slot.label() + ": " + slot.getPerson().label() + " does not qualify ("
                                + qualificationShortfall(slot.getPost(), slot.getPerson()) + ")"))
                .asConstraint("Post requires qualification");
    }

    Constraint holderMustBeAvailable(ConstraintFactory factory) {
        return factory.forEach(RotationSlot.class)
                .filter(slot -> !slot.holderAvailable())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((slot, score) -> new AvailabilityJustification(List.of(slot.getId()),
                        slot.label() + ": " + slot.getPerson().label() + " is available "
                                + slot.getPerson().availableFrom() + " to " + slot.getPerson().availableTo()
                                + ", the slot needs " + slot.getReportBy() + " to " + slot.getPeriod().end()))
                .asConstraint("Holder must be available");
    }

    Constraint onePostPerPersonPerPeriod(ConstraintFactory factory) {
        return factory.forEachUniquePair(RotationSlot.class,
                        Joiners.equal(RotationSlot::getPeriodIndex),
                        Joiners.equal(RotationSlot::getPerson))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((a, b, score) -> new DoubleBookingJustification(List.of(a.getId(), b.getId()),
                        a.getPerson().label() + " holds both " + a.getPost().id() + " and " + b.getPost().id()
                                + " in " + a.getPeriod().label()))
                .asConstraint("One post per person per period");
    }

    Constraint sourcingNationsOnly(ConstraintFactory factory) {
        return factory.forEach(RotationSlot.class)
                .filter(slot -> !slot.holderSourced())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((slot, score) -> new SourcingJustification(List.of(slot.getId()),
                        slot.label() + ": " + slot.getPerson().nationCode() + " may not source this post (only "
                                + nationList(slot.getPost().nations()) + ")"))
                .asConstraint("Sourcing nations only");
    }

    Constraint keyGroupNationsDiffer(ConstraintFactory factory) {
        return factory.forEach(RotationSlot.class)
                .filter(slot -> slot.getKeyGroup() != null)
                .join(RotationSlot.class,
                        Joiners.equal(RotationSlot::getKeyGroup),
                        Joiners.equal(RotationSlot::getPeriodIndex),
                        Joiners.equal(RotationSlot::getNation),
                        Joiners.lessThan(RotationSlot::getId))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((a, b, score) -> new KeyGroupJustification(List.of(a.getId(), b.getId()),
                        b.label() + ": " + b.getNation().code() + " already holds " + a.getPost().id()
                                + " in that period"))
                .asConstraint("Key group nations differ");
    }

    Constraint rotatingPostChangesNation(ConstraintFactory factory) {
        return factory.forEach(RotationSlot.class)
                .filter(slot -> slot.getPost().rotating())
                .groupBy(RotationSlot::getPost, RotationSlot::getNation,
                        toSortedSet(RotationSlot::getPeriod, BY_INDEX))
                .filter((post, nation, periods) -> Runs.of(periods).excessOver(post.maxNationConsecutive()) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (post, nation, periods) -> Runs.of(periods).excessOver(post.maxNationConsecutive()))
                .justifyWith((post, nation, periods, score) -> new NationRunJustification(
                        slotIds(post, periods),
                        post.id() + ": " + nation.code() + " holds it " + runsText(periods,
                                post.maxNationConsecutive()) + " (at most " + post.maxNationConsecutive()
                                + " consecutive periods per nation)"))
                .asConstraint("Rotating post changes nation");
    }

    Constraint tourLimit(ConstraintFactory factory) {
        return factory.forEach(RotationSlot.class)
                .groupBy(RotationSlot::getPerson, toSortedSet(RotationSlot::getPeriod, BY_INDEX))
                .filter((person, periods) ->
                        Runs.of(periods).excessOver(person.nation().maxConsecutivePeriods()) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (person, periods) -> Runs.of(periods).excessOver(person.nation().maxConsecutivePeriods()))
                .justifyWith((person, periods, score) -> new TourLimitJustification(List.of(),
                        person.label() + " serves " + runsText(periods, person.nation().maxConsecutivePeriods())
                                + " (" + person.nationCode() + " allows " + person.nation().maxConsecutivePeriods()
                                + " consecutive periods)"))
                .asConstraint("Tour limit");
    }

    Constraint pinnedAssignmentHolds(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(RotationSlot.class)
                .filter(RotationSlot::pinBroken)
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((slot, score) -> new PinJustification(List.of(slot.getId()),
                        slot.label() + " is pinned to " + holderText(slot.getPinnedPerson()) + " but holds "
                                + holderText(slot.getPerson())))
                .asConstraint("Pinned assignment holds");
    }

    // ---- medium ----

    Constraint activeSlotFilled(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(RotationSlot.class)
                .filter(slot -> slot.getPerson() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM)
                .justifyWith((slot, score) -> new UnfilledSlotJustification(List.of(slot.getId()),
                        slot.label() + " is unfilled (" + slot.getNominees().size() + " eligible nominees)"))
                .asConstraint("Active slot filled");
    }

    // ---- soft ----

    Constraint keyPostFairShare(ConstraintFactory factory) {
        return factory.forEach(RotationSlot.class)
                .filter(slot -> slot.getPost().rotating())
                .groupBy(RotationSlot::getPost, RotationSlot::getNation, toList(RotationSlot::getId))
                .penalize(HardMediumSoftScore.ofSoft(FAIR_SHARE_WEIGHT), (post, nation, ids) -> ids.size() * ids.size())
                .justifyWith((post, nation, ids, score) -> new FairShareJustification(ids,
                        nation.code() + " holds " + post.id() + " in " + ids.size() + " of " + post.activePeriods()
                                + " periods (fair share " + fairShare(post) + ")"))
                .asConstraint("Key post fair share");
    }

    Constraint nationStaffShare(ConstraintFactory factory) {
        return factory.forEach(RotationSlot.class)
                .groupBy(RotationSlot::getNation, count())
                .filter((nation, held) -> staffDeviation(nation, held) > 0)
                .penalize(HardMediumSoftScore.ofSoft(STAFF_SHARE_WEIGHT), RotationConstraintProvider::staffDeviation)
                .justifyWith((nation, held, score) -> new StaffShareJustification(List.of(),
                        nation.code() + " holds " + held + " person-periods, its agreed share is "
                                + Math.round(nation.staffTarget())))
                .asConstraint("Nation staff share");
    }

    Constraint nationWithoutStaff(ConstraintFactory factory) {
        return factory.forEach(NationFact.class)
                .filter(nation -> Math.round(nation.staffTarget()) > 0)
                .ifNotExists(RotationSlot.class, Joiners.equal(nation -> nation, RotationSlot::getNation))
                .penalize(HardMediumSoftScore.ofSoft(STAFF_SHARE_WEIGHT), nation -> staffDeviation(nation, 0))
                .justifyWith((nation, score) -> new StaffShareJustification(List.of(),
                        nation.code() + " holds no post, its agreed share is " + Math.round(nation.staffTarget())
                                + " person-periods"))
                .asConstraint("Nation without staff");
    }

    Constraint staggeredHandOvers(ConstraintFactory factory) {
        return factory.forEach(RotationSlot.class)
                .filter(slot -> slot.getKeyGroup() != null)
                .join(RotationSlot.class,
                        Joiners.equal(RotationSlot::getPost),
                        Joiners.equal(slot -> slot.getPeriodIndex() + 1, RotationSlot::getPeriodIndex))
                .filter((before, after) -> !before.getPerson().equals(after.getPerson()))
                .groupBy((before, after) -> after.getKeyGroup(), (before, after) -> after.getPeriod(),
                        toList((before, after) -> after.getId()))
                .filter((group, period, ids) -> ids.size() > 1)
                .penalize(HardMediumSoftScore.ofSoft(HAND_OVER_WEIGHT), (group, period, ids) -> ids.size() - 1)
                .justifyWith((group, period, ids, score) -> new HandOverJustification(ids,
                        group + " at the start of " + period.label() + ": " + ids.size() + " posts change holder ("
                                + ids.stream().map(id -> id.substring(0, id.indexOf('@'))).sorted()
                                .collect(Collectors.joining(", ")) + ")"))
                .asConstraint("Staggered hand-overs");
    }

    Constraint tourContinuity(ConstraintFactory factory) {
        return factory.forEach(RotationSlot.class)
                .groupBy(RotationSlot::getPost, RotationSlot::getPerson,
                        toSortedSet(RotationSlot::getPeriod, BY_INDEX))
                .filter((post, person, periods) -> tourShortfall(post, person, periods) > 0)
                .penalize(HardMediumSoftScore.ofSoft(TOUR_CONTINUITY_WEIGHT),
                        RotationConstraintProvider::tourShortfall)
                .justifyWith((post, person, periods, score) -> new TourContinuityJustification(
                        slotIds(post, periods),
                        person.label() + " holds " + post.id() + " for " + shortRunsText(post, person, periods)
                                + ", " + person.nationCode() + " tours last " + person.nation().tourPeriods()
                                + " periods"))
                .asConstraint("Tour continuity");
    }

    Constraint baselineStability(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(RotationSlot.class)
                .filter(RotationSlot::changedFromBaseline)
                .penalize(HardMediumSoftScore.ofSoft(BASELINE_CHANGE_WEIGHT))
                .justifyWith((slot, score) -> new BaselineChangeJustification(List.of(slot.getId()),
                        slot.label() + ": the published plan has " + slot.getBaseline().label() + ", now "
                                + holderText(slot.getPerson())))
                .asConstraint("Baseline stability");
    }

    // ---- helpers ----

    static int staffDeviation(NationFact nation, int held) {
        double deviation = held - nation.staffTarget();
        return (int) Math.round(deviation * deviation);
    }

    /**
     * Periods a run falls short of the nation's tour, not counting runs cut by the post's first or last
     * active period (the tour may have started before or go on after what is planned).
     */
    static int tourShortfall(PostFact post, PersonFact person, SortedSet<Period> periods) {
        int tour = person.nation().tourPeriods();
        int shortfall = 0;
        for (Runs.Run run : Runs.of(periods).runs()) {
            boolean cut = run.first().index() <= post.firstActive() || run.last().index() >= post.lastActive();
            if (!cut && run.length() < tour) {
                shortfall += tour - run.length();
            }
        }
        return shortfall;
    }

    private static String shortRunsText(PostFact post, PersonFact person, SortedSet<Period> periods) {
        return Runs.of(periods).runs().stream()
                .filter(run -> run.first().index() > post.firstActive() && run.last().index() < post.lastActive()
                        && run.length() < person.nation().tourPeriods())
                .map(run -> run.length() + (run.length() == 1 ? " period " : " periods ") + run.label())
                .collect(Collectors.joining(" and "));
    }

    static String qualificationShortfall(PostFact post, PersonFact person) {
        List<String> reasons = new ArrayList<>();
        if (!person.rank().within(post.rankMin(), post.rankMax())) {
            reasons.add("rank " + person.rank().code() + " outside " + post.rankBand());
        }
        List<String> missing = post.skills().stream().filter(skill -> !person.skills().contains(skill))
                .sorted().toList();
        if (!missing.isEmpty()) {
            reasons.add("lacks " + String.join(", ", missing));
        }
        if (person.english() < post.englishMin()) {
            reasons.add("English " + person.english() + " below " + post.englishMin());
        }
        return String.join("; ", reasons);
    }

    static String nationList(List<String> nations) {
        if (nations.size() <= 1) {
            return String.join("", nations);
        }
        return String.join(", ", nations.subList(0, nations.size() - 1)) + " or " + nations.getLast();
    }

    private static String fairShare(PostFact post) {
        int nations = Math.max(1, post.nations().size());
        return post.activePeriods() % nations == 0 ? String.valueOf(post.activePeriods() / nations)
                : String.format("%.1f", post.activePeriods() / (double) nations);
    }

    private static String holderText(PersonFact person) {
        return person == null ? "nobody" : person.label();
    }

    private static List<String> slotIds(PostFact post, SortedSet<Period> periods) {
        return periods.stream().map(period -> post.id() + "@" + period.index()).toList();
    }

    /** "3 consecutive periods 2027-H1..2028-H1" for the runs longer than {@code max}. */
    private static String runsText(SortedSet<Period> periods, int max) {
        return Runs.of(periods).longerThan(max).stream()
                .map(run -> run.length() + (run.length() == 1 ? " period " : " consecutive periods ") + run.label())
                .collect(Collectors.joining(" and "));
    }
}
