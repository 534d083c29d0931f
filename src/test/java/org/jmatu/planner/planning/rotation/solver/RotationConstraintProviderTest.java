package org.jmatu.planner.planning.rotation.solver;

import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.CHN;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.KAZ;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.RUS;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.USA;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.anyPost;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.person;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.rotating;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.slot;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jmatu.planner.planning.rotation.domain.CourseFact;
import org.jmatu.planner.planning.rotation.domain.CourseSeat;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.PostFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.shared.Rank;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

class RotationConstraintProviderTest {

    private final ConstraintVerifier<RotationConstraintProvider, RotationSolution> verifier =
            ConstraintVerifier.build(new RotationConstraintProvider(), RotationSolution.class, RotationSlot.class,
                    CourseSeat.class);

    private final PostFact dcdr = rotating("DCDR");
    private final PostFact xo = rotating("XO");
    private final PostFact opso = rotating("OPSO");
    private final PostFact j4 = anyPost("J4");
    private final PersonFact usa1 = person("USA-1", USA);
    private final PersonFact usa2 = person("USA-2", USA);
    private final PersonFact rus1 = person("RUS-1", RUS);
    private final PersonFact rus2 = person("RUS-2", RUS);
    private final PersonFact chn1 = person("CHN-1", CHN);
    private final PersonFact kaz1 = person("KAZ-1", KAZ);

    @Nested
    class Hard {

        @Test
        void postRequiresQualification() {
            PersonFact captain = new PersonFact("USA-9", "Capt. Low", USA, Rank.OF_2, Set.of("COMMAND"), 4,
                    LocalDate.of(2020, 1, 1), LocalDate.of(2040, 1, 1));
            PersonFact noEnglish = new PersonFact("USA-8", "Col. Mute", USA, Rank.OF_5, Set.of("COMMAND"), 1,
                    LocalDate.of(2020, 1, 1), LocalDate.of(2040, 1, 1));
            PersonFact noSkill = new PersonFact("USA-7", "Col. Plain", USA, Rank.OF_5, Set.of(), 4,
                    LocalDate.of(2020, 1, 1), LocalDate.of(2040, 1, 1));
            verifier.verifyThat(RotationConstraintProvider::postRequiresQualification)
                    .given(slot(dcdr, 0, captain), slot(dcdr, 1, noEnglish), slot(dcdr, 2, noSkill))
                    .penalizesBy(3);
            verifier.verifyThat(RotationConstraintProvider::postRequiresQualification)
                    .given(slot(dcdr, 0, usa1), slot(dcdr, 1, null))
                    .penalizesBy(0);
        }

        @Test
        void holderMustBeAvailable() {
            // period 1 starts 2028-07-01; with 14 hand-over days the holder must report by 2028-06-17
            PersonFact lateArrival = new PersonFact("RUS-9", "Col. Late", RUS, Rank.OF_4, Set.of("COMMAND"), 4,
                    LocalDate.of(2028, 6, 20), LocalDate.of(2030, 1, 1));
            PersonFact onTime = new PersonFact("RUS-8", "Col. Early", RUS, Rank.OF_4, Set.of("COMMAND"), 4,
                    LocalDate.of(2028, 6, 17), LocalDate.of(2028, 12, 31));
            PersonFact leavesEarly = new PersonFact("RUS-7", "Col. Gone", RUS, Rank.OF_4, Set.of("COMMAND"), 4,
                    LocalDate.of(2020, 1, 1), LocalDate.of(2028, 12, 30));
            verifier.verifyThat(RotationConstraintProvider::holderMustBeAvailable)
                    .given(slot(dcdr, 1, lateArrival), slot(xo, 1, leavesEarly))
                    .penalizesBy(2);
            verifier.verifyThat(RotationConstraintProvider::holderMustBeAvailable)
                    .given(slot(dcdr, 1, onTime))
                    .penalizesBy(0);
        }

        @Test
        void onePostPerPersonPerPeriod() {
            verifier.verifyThat(RotationConstraintProvider::onePostPerPersonPerPeriod)
                    .given(slot(dcdr, 0, usa1), slot(j4, 0, usa1))
                    .penalizesBy(1);
            verifier.verifyThat(RotationConstraintProvider::onePostPerPersonPerPeriod)
                    .given(slot(dcdr, 0, usa1), slot(j4, 1, usa1), slot(xo, 0, usa2), slot(opso, 0, null),
                            slot(j4, 0, null))
                    .penalizesBy(0);
        }

        @Test
        void sourcingNationsOnly() {
            verifier.verifyThat(RotationConstraintProvider::sourcingNationsOnly)
                    .given(slot(dcdr, 0, kaz1))
                    .penalizesBy(1);
            verifier.verifyThat(RotationConstraintProvider::sourcingNationsOnly)
                    .given(slot(dcdr, 0, usa1), slot(j4, 0, kaz1))
                    .penalizesBy(0);
        }

        @Test
        void keyGroupNationsDiffer() {
            verifier.verifyThat(RotationConstraintProvider::keyGroupNationsDiffer)
                    .given(slot(dcdr, 0, usa1), slot(xo, 0, usa2), slot(opso, 0, chn1))
                    .penalizesBy(1);
            verifier.verifyThat(RotationConstraintProvider::keyGroupNationsDiffer)
                    .given(slot(dcdr, 0, usa1), slot(xo, 0, rus1), slot(opso, 0, chn1), slot(dcdr, 1, usa2),
                            slot(j4, 0, person("USA-3", USA)))
                    .penalizesBy(0);
        }

        @Test
        void rotatingPostChangesNation() {
            // USA holds DCDR three periods running (0, 1, 2): one beyond maxNationConsecutive 2
            verifier.verifyThat(RotationConstraintProvider::rotatingPostChangesNation)
                    .given(slot(dcdr, 0, usa1), slot(dcdr, 1, usa1), slot(dcdr, 2, usa2))
                    .penalizesBy(1);
            verifier.verifyThat(RotationConstraintProvider::rotatingPostChangesNation)
                    .given(slot(dcdr, 0, usa1), slot(dcdr, 1, usa1), slot(dcdr, 2, rus1), slot(dcdr, 3, usa2),
                            slot(j4, 2, usa2), slot(j4, 3, person("USA-3", USA)), slot(j4, 4, person("USA-4", USA)))
                    .penalizesBy(0);
        }

        @Test
        void tourLimit() {
            // USA allows 2 consecutive periods: three on different posts still break it
            verifier.verifyThat(RotationConstraintProvider::tourLimit)
                    .given(slot(dcdr, 0, usa1), slot(xo, 1, usa1), slot(j4, 2, usa1))
                    .penalizesBy(1);
            // KAZ allows 4; a gap resets the count for USA
            verifier.verifyThat(RotationConstraintProvider::tourLimit)
                    .given(slot(j4, 0, kaz1), slot(j4, 1, kaz1), slot(j4, 2, kaz1), slot(j4, 3, kaz1),
                            slot(dcdr, 0, usa1), slot(dcdr, 1, usa1), slot(dcdr, 3, usa1))
                    .penalizesBy(0);
        }

        @Test
        void pinnedAssignmentHolds() {
            RotationSlot moved = slot(dcdr, 0, usa1);
            moved.pin(usa1);
            moved.setPerson(rus1);
            RotationSlot emptied = slot(xo, 0, null);
            emptied.pin(chn1);
            emptied.setPerson(null);
            verifier.verifyThat(RotationConstraintProvider::pinnedAssignmentHolds)
                    .given(moved, emptied)
                    .penalizesBy(2);
            RotationSlot kept = slot(dcdr, 0, usa1);
            kept.pin(usa1);
            RotationSlot pinnedEmpty = slot(xo, 0, null);
            pinnedEmpty.pin(null);
            verifier.verifyThat(RotationConstraintProvider::pinnedAssignmentHolds)
                    .given(kept, pinnedEmpty, slot(opso, 0, chn1))
                    .penalizesBy(0);
        }
    }

    @Nested
    class Medium {

        @Test
        void activeSlotFilled() {
            verifier.verifyThat(RotationConstraintProvider::activeSlotFilled)
                    .given(slot(dcdr, 0, null), slot(xo, 0, null), slot(opso, 0, chn1))
                    .penalizesBy(2);
            verifier.verifyThat(RotationConstraintProvider::activeSlotFilled)
                    .given(slot(dcdr, 0, usa1))
                    .penalizesBy(0);
        }
    }

    @Nested
    class Soft {

        @Test
        void keyPostFairShare() {
            // USA holds DCDR 3 times, RUS once: 3² + 1² = 10 (vs 2² + 2² = 8 when balanced)
            verifier.verifyThat(RotationConstraintProvider::keyPostFairShare)
                    .given(slot(dcdr, 0, usa1), slot(dcdr, 1, usa1), slot(dcdr, 2, rus1), slot(dcdr, 3, usa2))
                    .penalizesBy(10);
            verifier.verifyThat(RotationConstraintProvider::keyPostFairShare)
                    .given(slot(dcdr, 0, usa1), slot(dcdr, 1, rus1), slot(dcdr, 2, chn1), slot(j4, 0, kaz1))
                    .penalizesBy(3);
            verifier.verifyThat(RotationConstraintProvider::keyPostFairShare)
                    .given(slot(j4, 0, kaz1), slot(j4, 1, kaz1))
                    .penalizesBy(0);
        }

        @Test
        void nationStaffShare() {
            // targets in the fixtures: KAZ 4, USA 2; KAZ holds 1 -> (1-4)² = 9, USA holds 2 -> 0
            verifier.verifyThat(RotationConstraintProvider::nationStaffShare)
                    .given(slot(j4, 0, kaz1), slot(dcdr, 0, usa1), slot(dcdr, 1, usa2))
                    .penalizesBy(9);
            verifier.verifyThat(RotationConstraintProvider::nationStaffShare)
                    .given(slot(dcdr, 0, usa1), slot(dcdr, 1, usa2))
                    .penalizesBy(0);
        }

        @Test
        void nationWithoutStaff() {
            verifier.verifyThat(RotationConstraintProvider::nationWithoutStaff)
                    .given(KAZ, USA, slot(dcdr, 0, usa1))
                    .penalizesBy(16);
            verifier.verifyThat(RotationConstraintProvider::nationWithoutStaff)
                    .given(KAZ, USA, slot(dcdr, 0, usa1), slot(j4, 0, kaz1))
                    .penalizesBy(0);
        }

        @Test
        void staggeredHandOvers() {
            // at the start of period 1 DCDR and XO both change holder: one too many
            verifier.verifyThat(RotationConstraintProvider::staggeredHandOvers)
                    .given(slot(dcdr, 0, usa1), slot(dcdr, 1, rus1), slot(xo, 0, rus2), slot(xo, 1, usa2),
                            slot(opso, 0, chn1), slot(opso, 1, chn1))
                    .penalizesBy(1);
            // staggered: DCDR changes at 1, XO at 2; J4 has no key group
            verifier.verifyThat(RotationConstraintProvider::staggeredHandOvers)
                    .given(slot(dcdr, 0, usa1), slot(dcdr, 1, rus1), slot(xo, 1, chn1), slot(xo, 2, usa2),
                            slot(j4, 0, kaz1), slot(j4, 1, person("KAZ-2", KAZ)))
                    .penalizesBy(0);
        }

        @Test
        void tourContinuity() {
            // J4 active 0..9; a KAZ tour is 2 periods: a one-period stint in the middle falls short by 1
            verifier.verifyThat(RotationConstraintProvider::tourContinuity)
                    .given(slot(j4, 2, kaz1), slot(j4, 3, person("KAZ-2", KAZ)), slot(j4, 4, person("KAZ-2", KAZ)))
                    .penalizesBy(1);
            // a stint cut by the post's first active period is not counted
            verifier.verifyThat(RotationConstraintProvider::tourContinuity)
                    .given(slot(j4, 0, kaz1), slot(j4, 1, person("KAZ-2", KAZ)), slot(j4, 2, person("KAZ-2", KAZ)))
                    .penalizesBy(0);
        }

        @Test
        void baselineStability() {
            RotationSlot changed = slot(dcdr, 0, rus1);
            changed.setBaseline(usa1);
            RotationSlot emptied = slot(xo, 0, null);
            emptied.setBaseline(chn1);
            verifier.verifyThat(RotationConstraintProvider::baselineStability)
                    .given(changed, emptied)
                    .penalizesBy(2);
            RotationSlot kept = slot(dcdr, 0, usa1);
            kept.setBaseline(usa1);
            verifier.verifyThat(RotationConstraintProvider::baselineStability)
                    .given(kept, slot(xo, 0, rus1))
                    .penalizesBy(0);
        }
    }

    /**
     * English courses (rules 2, 17, 18). Posts need English 3; KAZ-2 has 2. Period 1 starts 2028-07-01, so its
     * holder reports by 2028-06-17; the spring course (2 → 3) ends 2028-05-26.
     */
    @Nested
    class Courses {

        private final PersonFact kaz2 = learner("KAZ-2", LocalDate.of(2040, 1, 1));
        private final CourseFact spring = course("SPRING", LocalDate.of(2028, 1, 10), LocalDate.of(2028, 5, 26), 2, 3);

        @Test
        void englishReachedByACourseInTime() {
            CourseFact late = course("LATE", LocalDate.of(2028, 3, 1), LocalDate.of(2028, 6, 20), 2, 3);
            verifier.verifyThat(RotationConstraintProvider::englishReachedInTime)
                    .given(byCourse(j4, 1, kaz2))
                    .penalizesBy(1);
            verifier.verifyThat(RotationConstraintProvider::englishReachedInTime)
                    .given(byCourse(j4, 1, kaz2), seat(late, kaz2))
                    .penalizesBy(1);
            verifier.verifyThat(RotationConstraintProvider::englishReachedInTime)
                    .given(byCourse(j4, 1, kaz2), seat(spring, kaz2), slot(j4, 2, kaz1))
                    .penalizesBy(0);
        }

        @Test
        void noPostWhileOnACourse() {
            verifier.verifyThat(RotationConstraintProvider::noPostWhileOnACourse)
                    .given(slot(j4, 0, kaz2), seat(spring, kaz2))
                    .penalizesBy(1);
            verifier.verifyThat(RotationConstraintProvider::noPostWhileOnACourse)
                    .given(byCourse(j4, 1, kaz2), seat(spring, kaz2), slot(j4, 0, kaz1))
                    .penalizesBy(0);
        }

        @Test
        void oneSeatPerAttendee() {
            PersonFact kaz3 = learner("KAZ-3", LocalDate.of(2040, 1, 1));
            verifier.verifyThat(RotationConstraintProvider::oneSeatPerAttendee)
                    .given(seat(spring, kaz2), seat(spring, kaz2))
                    .penalizesBy(1);
            verifier.verifyThat(RotationConstraintProvider::oneSeatPerAttendee)
                    .given(seat(spring, kaz2), seat(spring, kaz3))
                    .penalizesBy(0);
        }

        @Test
        void oneCourseAtATime() {
            CourseFact overlapping = course("MAY", LocalDate.of(2028, 5, 1), LocalDate.of(2028, 6, 10), 2, 3);
            CourseFact autumn = course("AUTUMN", LocalDate.of(2028, 9, 1), LocalDate.of(2028, 11, 30), 3, 4);
            verifier.verifyThat(RotationConstraintProvider::oneCourseAtATime)
                    .given(seat(spring, kaz2), seat(overlapping, kaz2))
                    .penalizesBy(1);
            verifier.verifyThat(RotationConstraintProvider::oneCourseAtATime)
                    .given(seat(spring, kaz2), seat(autumn, kaz2))
                    .penalizesBy(0);
        }

        @Test
        void courseLevelFits() {
            CourseFact again = course("AGAIN", LocalDate.of(2028, 9, 1), LocalDate.of(2028, 11, 30), 2, 3);
            CourseFact next = course("NEXT", LocalDate.of(2028, 9, 1), LocalDate.of(2028, 11, 30), 3, 4);
            verifier.verifyThat(RotationConstraintProvider::courseLevelFits)
                    .given(seat(spring, kaz2), seat(again, kaz2))
                    .penalizesBy(1);
            verifier.verifyThat(RotationConstraintProvider::courseLevelFits)
                    .given(seat(spring, kaz2), seat(next, kaz2))
                    .penalizesBy(0);
        }

        @Test
        void courseSeatsUsedSparingly() {
            verifier.verifyThat(RotationConstraintProvider::courseSeatsUsedSparingly)
                    .given(seat(spring, kaz2), seat(spring, null))
                    .penalizesBy(1);
            verifier.verifyThat(RotationConstraintProvider::courseSeatsUsedSparingly)
                    .given(seat(spring, null))
                    .penalizesBy(0);
        }

        @Test
        void trainingPaysBack() {
            PersonFact leavingSoon = learner("KAZ-4", LocalDate.of(2029, 5, 26)); // 12 months after the course
            verifier.verifyThat(RotationConstraintProvider::trainingPaysBack)
                    .given(seat(spring, leavingSoon))
                    .penalizesBy(RotationConstraintProvider.PAYBACK_MONTHS - 12);
            verifier.verifyThat(RotationConstraintProvider::trainingPaysBack)
                    .given(seat(spring, kaz2))
                    .penalizesBy(0);
        }

        private static PersonFact learner(String id, LocalDate availableTo) {
            return new PersonFact(id, "Officer " + id, KAZ, Rank.OF_4, Set.of("COMMAND"), 2, LocalDate.of(2020, 1, 1),
                    availableTo);
        }

        private static CourseFact course(String id, LocalDate start, LocalDate end, int from, int to) {
            return new CourseFact(id, "English " + id, start, end, 4, from, to, List.of("KAZ"));
        }

        private static RotationSlot byCourse(PostFact post, int period, PersonFact holder) {
            RotationSlot slot = slot(post, period, holder);
            slot.setQualifiedByCourse(Set.of(holder));
            return slot;
        }

        /** Seats are told apart by their number: pairs of seats are matched by planning id. */
        private int seats;

        private CourseSeat seat(CourseFact course, PersonFact attendee) {
            CourseSeat seat = new CourseSeat(course, seats++, attendee == null ? List.of() : List.of(attendee));
            seat.setPerson(attendee);
            return seat;
        }
    }
}
