package org.jmatu.planner.planning.rotation.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toList;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toSortedSet;

import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import org.jmatu.planner.planning.rotation.domain.CourseSeat;
import org.jmatu.planner.planning.rotation.domain.NationFact;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.PostFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.StaffHousing;
import org.jmatu.planner.planning.rotation.solver.justifications.AvailabilityJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.BaselineChangeJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.CourseJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.DoubleBookingJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.FairShareJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.HousingJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.HandOverJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.KeyGroupJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.NationRunJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.PeriodRun;
import org.jmatu.planner.planning.rotation.solver.justifications.PinJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.QualificationJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.SlotRef;
import org.jmatu.planner.planning.rotation.solver.justifications.SourcingJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.StaffShareJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.TourContinuityJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.TourLimitJustification;
import org.jmatu.planner.planning.rotation.solver.justifications.UnfilledSlotJustification;
import org.jmatu.planner.shared.Period;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/**
 * The rotation roster rules: hard rules 2-9 of docs/file-formats.md (rule 1 is structural: only active slots exist),
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

    /** Soft weight per seat taken on an English course: a course is used only where it lets a slot be filled. */
    public static final int COURSE_SEAT_WEIGHT = 100;
    /** Soft weight per month short of {@link #PAYBACK_MONTHS} that an attendee stays after the course. */
    public static final int PAYBACK_WEIGHT = 5;
    /** Two years of service after a course: the training has paid back. */
    public static final int PAYBACK_MONTHS = 24;
    /** Soft weight per person beyond the staff's family-housing places during a hand-over overlap. */
    public static final int HOUSING_WEIGHT = 30;

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
                englishReachedInTime(factory),
                noPostWhileOnACourse(factory),
                oneSeatPerAttendee(factory),
                oneCourseAtATime(factory),
                courseLevelFits(factory),
                activeSlotFilled(factory),
                keyPostFairShare(factory),
                nationStaffShare(factory),
                nationWithoutStaff(factory),
                staggeredHandOvers(factory),
                tourContinuity(factory),
                baselineStability(factory),
                courseSeatsUsedSparingly(factory),
                trainingPaysBack(factory),
                housingOverCapacity(factory)
        };
    }

    // ---- hard ----

    Constraint postRequiresQualification(ConstraintFactory factory) {
        return factory.forEach(RotationSlot.class)
                .filter(slot -> !slot.holderQualified())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((slot, score) -> qualificationJustification(slot))
                .asConstraint("Post requires qualification");
    }

    Constraint holderMustBeAvailable(ConstraintFactory factory) {
        return factory.forEach(RotationSlot.class)
                .filter(slot -> !slot.holderAvailable())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((slot, score) -> new AvailabilityJustification(SlotRef.of(slot),
                        slot.getPerson().label(), slot.getPerson().availableFrom(), slot.getPerson().availableTo(),
                        slot.getReportBy()))
                .asConstraint("Holder must be available");
    }

    Constraint onePostPerPersonPerPeriod(ConstraintFactory factory) {
        return factory.forEachUniquePair(RotationSlot.class,
                        Joiners.equal(RotationSlot::getPeriodIndex),
                        Joiners.equal(RotationSlot::getPerson))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((a, b, score) -> new DoubleBookingJustification(a.getPerson().label(), SlotRef.of(a),
                        SlotRef.of(b)))
                .asConstraint("One post per person per period");
    }

    Constraint sourcingNationsOnly(ConstraintFactory factory) {
        return factory.forEach(RotationSlot.class)
                .filter(slot -> !slot.holderSourced())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((slot, score) -> new SourcingJustification(SlotRef.of(slot),
                        slot.getPerson().nationCode(), slot.getPost().nations()))
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
                .justifyWith((a, b, score) -> new KeyGroupJustification(b.getNation().code(), SlotRef.of(a),
                        SlotRef.of(b)))
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
                .justifyWith((post, nation, periods, score) -> new NationRunJustification(post.id(), nation.code(),
                        Runs.of(periods).runs(), post.maxNationConsecutive()))
                .asConstraint("Rotating post changes nation");
    }

    Constraint tourLimit(ConstraintFactory factory) {
        return factory.forEach(RotationSlot.class)
                .groupBy(RotationSlot::getPerson, toSortedSet(RotationSlot::getPeriod, BY_INDEX))
                .filter((person, periods) ->
                        Runs.of(periods).excessOver(person.nation().maxConsecutivePeriods()) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (person, periods) -> Runs.of(periods).excessOver(person.nation().maxConsecutivePeriods()))
                .justifyWith((person, periods, score) -> new TourLimitJustification(person.label(),
                        person.nationCode(), Runs.of(periods).runs(), person.nation().maxConsecutivePeriods()))
                .asConstraint("Tour limit");
    }

    Constraint pinnedAssignmentHolds(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(RotationSlot.class)
                .filter(RotationSlot::pinBroken)
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((slot, score) -> new PinJustification(SlotRef.of(slot), label(slot.getPinnedPerson()),
                        label(slot.getPerson())))
                .asConstraint("Pinned assignment holds");
    }

    Constraint englishReachedInTime(ConstraintFactory factory) {
        return factory.forEach(RotationSlot.class)
                .filter(RotationSlot::needsCourse)
                .ifNotExists(CourseSeat.class,
                        Joiners.equal(RotationSlot::getPerson, CourseSeat::getPerson),
                        Joiners.filtering((slot, seat) -> seat.getCourse().qualifiesFor(slot)))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((slot, score) -> new CourseJustification(slot.getPerson().label(), "no course", "-",
                        "has English " + slot.getPerson().english() + ", " + slot.label() + " needs "
                                + slot.getPost().englishMin() + " by " + slot.getReportBy(), List.of(slot.getId())))
                .asConstraint("English reached by a course in time");
    }

    Constraint noPostWhileOnACourse(ConstraintFactory factory) {
        return factory.forEach(RotationSlot.class)
                .join(CourseSeat.class,
                        Joiners.equal(RotationSlot::getPerson, CourseSeat::getPerson),
                        Joiners.filtering((slot, seat) -> seat.getCourse().overlaps(slot.getReportBy(),
                                slot.getPeriod().end())))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((slot, seat, score) -> courseJustification(seat, "is away while holding " + slot.label()
                        + " (from " + slot.getReportBy() + ")", List.of(slot.getId())))
                .asConstraint("No post while on a course");
    }

    Constraint oneSeatPerAttendee(ConstraintFactory factory) {
        return factory.forEachUniquePair(CourseSeat.class,
                        Joiners.equal(CourseSeat::getCourse),
                        Joiners.equal(CourseSeat::getPerson))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((a, b, score) -> courseJustification(a, "takes two seats", List.of()))
                .asConstraint("One seat per attendee");
    }

    Constraint oneCourseAtATime(ConstraintFactory factory) {
        return factory.forEachUniquePair(CourseSeat.class,
                        Joiners.equal(CourseSeat::getPerson),
                        Joiners.filtering((a, b) -> !a.getCourse().equals(b.getCourse())
                                && a.getCourse().overlaps(b.getCourse().start(), b.getCourse().end())))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((a, b, score) -> courseJustification(a, "is also on " + b.getCourse().id()
                        + " on the same days", List.of()))
                .asConstraint("One course at a time");
    }

    /** Rule 17: a course attended earlier must not already give the level a later one teaches. */
    Constraint courseLevelFits(ConstraintFactory factory) {
        return factory.forEach(CourseSeat.class)
                .join(CourseSeat.class,
                        Joiners.equal(CourseSeat::getPerson),
                        Joiners.filtering((earlier, later) -> earlier.getCourse().end().isBefore(later.getCourse().start())
                                && earlier.getCourse().toLevel() >= later.getCourse().toLevel()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((earlier, later, score) -> courseJustification(later, "already has English "
                        + earlier.getCourse().toLevel() + " from " + earlier.getCourse().id(), List.of()))
                .asConstraint("Course level fits");
    }

    // ---- medium ----

    Constraint activeSlotFilled(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(RotationSlot.class)
                .filter(slot -> slot.getPerson() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM)
                .justifyWith((slot, score) -> new UnfilledSlotJustification(SlotRef.of(slot),
                        slot.getNominees().size()))
                .asConstraint("Active slot filled");
    }

    // ---- soft ----

    Constraint keyPostFairShare(ConstraintFactory factory) {
        return factory.forEach(RotationSlot.class)
                .filter(slot -> slot.getPost().rotating())
                .groupBy(RotationSlot::getPost, RotationSlot::getNation, toList(RotationSlot::getId))
                .penalize(HardMediumSoftScore.ofSoft(FAIR_SHARE_WEIGHT), (post, nation, ids) -> ids.size() * ids.size())
                .justifyWith((post, nation, ids, score) -> new FairShareJustification(post.id(), nation.code(), ids,
                        post.activePeriods(), post.nations().size()))
                .asConstraint("Key post fair share");
    }

    Constraint nationStaffShare(ConstraintFactory factory) {
        return factory.forEach(RotationSlot.class)
                .groupBy(RotationSlot::getNation, count())
                .filter((nation, held) -> staffDeviation(nation, held) > 0)
                .penalize(HardMediumSoftScore.ofSoft(STAFF_SHARE_WEIGHT), RotationConstraintProvider::staffDeviation)
                .justifyWith((nation, held, score) -> new StaffShareJustification(nation.code(), held,
                        nation.staffTarget()))
                .asConstraint("Nation staff share");
    }

    Constraint nationWithoutStaff(ConstraintFactory factory) {
        return factory.forEach(NationFact.class)
                .filter(nation -> Math.round(nation.staffTarget()) > 0)
                .ifNotExists(RotationSlot.class, Joiners.equal(nation -> nation, RotationSlot::getNation))
                .penalize(HardMediumSoftScore.ofSoft(STAFF_SHARE_WEIGHT), nation -> staffDeviation(nation, 0))
                .justifyWith((nation, score) -> new StaffShareJustification(nation.code(), 0, nation.staffTarget()))
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
                .justifyWith((group, period, ids, score) -> new HandOverJustification(group, period, ids))
                .asConstraint("Staggered hand-overs");
    }

    /**
     * Newcomers move in before the holders they relieve leave: at a boundary where family housing cannot take the
     * period's staff and the arrivals for the next period together, each person over costs, so that the solver keeps
     * holders over that boundary (staggering the arrivals). A person who held a post in the period before is no
     * arrival. The stream starts from the boundaries the mapper gives (only those where housing can run short), so
     * that a unit with room to spare pays nothing for the rule.
     */
    Constraint housingOverCapacity(ConstraintFactory factory) {
        return factory.forEach(StaffHousing.class)
                .join(RotationSlot.class, Joiners.equal(StaffHousing::periodIndex, slot -> slot.getPeriodIndex() - 1))
                .ifNotExists(RotationSlot.class,
                        Joiners.equal((housing, slot) -> slot.getPerson(), RotationSlot::getPerson),
                        Joiners.equal((housing, slot) -> slot.getPeriodIndex() - 1, RotationSlot::getPeriodIndex))
                .groupBy((housing, slot) -> housing, toList((housing, slot) -> slot.getId()))
                .filter((housing, arrivals) -> arrivals.size() > housing.spare())
                .penalize(HardMediumSoftScore.ofSoft(HOUSING_WEIGHT),
                        (housing, arrivals) -> arrivals.size() - housing.spare())
                .justifyWith((housing, arrivals, score) -> new HousingJustification(housing.period(),
                        housing.next(),
                        housing.places(), housing.activeSlots(), arrivals.stream().sorted().toList()))
                .asConstraint("Housing over capacity");
    }

    Constraint tourContinuity(ConstraintFactory factory) {
        return factory.forEach(RotationSlot.class)
                .groupBy(RotationSlot::getPost, RotationSlot::getPerson,
                        toSortedSet(RotationSlot::getPeriod, BY_INDEX))
                .filter((post, person, periods) -> tourShortfall(post, person, periods) > 0)
                .penalize(HardMediumSoftScore.ofSoft(TOUR_CONTINUITY_WEIGHT),
                        RotationConstraintProvider::tourShortfall)
                .justifyWith((post, person, periods, score) -> new TourContinuityJustification(post.id(),
                        person.label(), person.nationCode(), person.nation().tourPeriods(), Runs.of(periods).runs(),
                        shortStints(post, person, periods)))
                .asConstraint("Tour continuity");
    }

    Constraint baselineStability(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(RotationSlot.class)
                .filter(RotationSlot::changedFromBaseline)
                .penalize(HardMediumSoftScore.ofSoft(BASELINE_CHANGE_WEIGHT))
                .justifyWith((slot, score) -> new BaselineChangeJustification(SlotRef.of(slot),
                        slot.getBaseline().label(), label(slot.getPerson())))
                .asConstraint("Baseline stability");
    }

    Constraint courseSeatsUsedSparingly(ConstraintFactory factory) {
        return factory.forEach(CourseSeat.class)
                .penalize(HardMediumSoftScore.ofSoft(COURSE_SEAT_WEIGHT))
                .justifyWith((seat, score) -> courseJustification(seat, "takes a seat", List.of()))
                .asConstraint("Course seats used sparingly");
    }

    Constraint trainingPaysBack(ConstraintFactory factory) {
        return factory.forEach(CourseSeat.class)
                .filter(seat -> seat.monthsAvailableAfter() < PAYBACK_MONTHS)
                .penalize(HardMediumSoftScore.ofSoft(PAYBACK_WEIGHT),
                        seat -> (int) (PAYBACK_MONTHS - seat.monthsAvailableAfter()))
                .justifyWith((seat, score) -> courseJustification(seat, "stays " + seat.monthsAvailableAfter()
                        + " months after it (the training pays back in " + PAYBACK_MONTHS + ")", List.of()))
                .asConstraint("Training pays back");
    }

    // ---- helpers ----

    private static CourseJustification courseJustification(CourseSeat seat, String detail, List<String> slotIds) {
        return new CourseJustification(seat.getPerson().label(), seat.getCourse().id(),
                seat.getCourse().start() + " – " + seat.getCourse().end(), detail, slotIds);
    }

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
        return shortStints(post, person, periods).stream().mapToInt(run -> tour - run.length()).sum();
    }

    /** The person's stints on the post shorter than the nation's tour and not cut by the post's active periods. */
    private static List<PeriodRun> shortStints(PostFact post, PersonFact person, SortedSet<Period> periods) {
        return Runs.of(periods).runs().stream()
                .filter(run -> run.first().index() > post.firstActive() && run.last().index() < post.lastActive()
                        && run.length() < person.nation().tourPeriods())
                .toList();
    }

    private static QualificationJustification qualificationJustification(RotationSlot slot) {
        PostFact post = slot.getPost();
        PersonFact person = slot.getPerson();
        List<String> missing = post.skills().stream().filter(skill -> !person.skills().contains(skill))
                .sorted().toList();
        return new QualificationJustification(SlotRef.of(slot), person.label(), person.rank().code(),
                post.rankBand(), person.rank().within(post.rankMin(), post.rankMax()), missing, person.english(),
                post.englishMin());
    }

    private static String label(PersonFact person) {
        return person == null ? null : person.label();
    }
}
