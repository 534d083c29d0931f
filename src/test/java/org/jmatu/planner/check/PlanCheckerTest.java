package org.jmatu.planner.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.jmatu.planner.check.PlanFixture.available;
import static org.jmatu.planner.check.PlanFixture.person;
import static org.jmatu.planner.check.PlanFixture.withAttached;
import static org.jmatu.planner.check.PlanFixture.withCompanies;
import static org.jmatu.planner.check.PlanFixture.withEquipment;
import static org.jmatu.planner.check.PlanFixture.withRank;
import static org.jmatu.planner.check.PlanFixture.withSourcing;
import static org.jmatu.planner.check.PlanFixture.withUnavailable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each hard rule of docs/file-formats.md with a plan that breaks it and a near miss that keeps it. */
class PlanCheckerTest {

    private final PlanFixture fixture = new PlanFixture();

    @Test
    void theFixturePlanKeepsEveryRule() {
        assertThat(fixture.check()).isEmpty();
    }

    @Nested
    class Rule1ActiveSlots {

        @Test
        void aPostNeedingNatoEquipmentIsNotFilledWhileNoNatoCompanyIsAttached() {
            fixture.personnel.add(person("USA-0004", "USA", "OF-3", "MAINT_NATO", 2));
            fixture.hold("MAINT-NATO", 2, "USA-0004");

            assertBroken(HardRule.ACTIVE_SLOTS, "Rule 1 Active slots: period 2 (2028-H1): MAINT-NATO is held by "
                    + "USA-0004 but is not active: no company attached in that period holds NATO equipment");
        }

        @Test
        void itIsFilledOnceANatoCompanyIsAttached() {
            fixture.personnel.add(person("USA-0004", "USA", "OF-3", "MAINT_NATO", 2));
            fixture.company("USA-1", company -> withAttached(company, List.of(0, 1, 2)));
            fixture.hold("MAINT-NATO", 2, "USA-0004");

            assertThat(fixture.check()).isEmpty();
        }

        @Test
        void aPostIsNotFilledOutsideActiveFromTo() {
            fixture.hold("LO", 3, "KAZ-0002");

            assertBroken(HardRule.ACTIVE_SLOTS, "LO is held by KAZ-0002 but is not active: it exists only in periods 1–2");
        }
    }

    @Nested
    class Rule2Qualified {

        @Test
        void rankSkillsAndEnglishMustFit() {
            fixture.person("KAZ-0001", person -> withRank(person, "OF-4", List.of("LIAISON"), 2));

            assertBroken(HardRule.QUALIFIED, "Rule 2 Qualified: period 0 (2027-H1): CDR is held by KAZ-0001: rank OF-4 is "
                    + "outside OF-5–OF-6; lacks skill COMMAND; english 2 is below 3");
        }

        @Test
        void theTopRankAndTheMinimumEnglishFit() {
            fixture.person("KAZ-0001", person -> withRank(person, "OF-6", List.of("COMMAND", "LIAISON"), 3));

            assertThat(fixture.check()).isEmpty();
        }
    }

    @Nested
    class Rule3Available {

        @Test
        void aHolderArrivesBeforeTheHandOver() {
            fixture.person("USA-0001", person -> available(person, LocalDate.of(2026, 12, 19), LocalDate.of(2030, 1, 1)));

            assertBroken(HardRule.AVAILABLE, "period 0 (2027-H1): DCDR is held by USA-0001: available from 2026-12-19, "
                    + "must be by 2026-12-18 (14 days' hand-over)");
        }

        @Test
        void aHolderStaysToThePeriodsEnd() {
            fixture.person("USA-0001", person -> available(person, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 30)));

            assertBroken(HardRule.AVAILABLE, "period 1 (2027-H2): DCDR is held by USA-0001: available to 2027-12-30, "
                    + "must be to 2027-12-31");
        }

        @Test
        void arrivingOnTheHandOverDayAndLeavingOnTheLastDayIsEnough() {
            fixture.person("USA-0001", person -> available(person, LocalDate.of(2026, 12, 18), LocalDate.of(2027, 12, 31)));

            assertThat(fixture.check()).isEmpty();
        }
    }

    @Nested
    class Rule4OnePostAtATime {

        @Test
        void aPersonHoldsOnePostInAPeriod() {
            fixture.person("USA-0003", person -> withRank(person, "OF-3", List.of("MAINT_NATO", "LIAISON"), 2));
            fixture.hold("LO", 1, "USA-0003");

            assertBroken(HardRule.ONE_POST_AT_A_TIME, "Rule 4 One post at a time: period 1 (2027-H2): USA-0003 holds "
                    + "MAINT-NATO and LO");
        }

        @Test
        void thePostMayBeHeldInSeveralPeriods() {
            fixture.hold("LO", 2, "KAZ-0002");
            fixture.gaps.clear();

            assertThat(fixture.check()).isEmpty();
        }
    }

    @Nested
    class Rule5Sourcing {

        @Test
        void aFixedPostIsHeldByItsNation() {
            fixture.hold("CDR", 3, "RUS-0003");

            assertBroken(HardRule.SOURCING, "period 3 (2028-H2): CDR is held by RUS-0003, a national of RUS; "
                    + "the post is sourced by KAZ");
        }

        @Test
        void anyListedNationMaySourceAPostWhoseNationsAreOmitted() {
            fixture.personnel.add(person("RUS-0004", "RUS", "OF-3", "LIAISON", 3));
            fixture.hold("LO", 2, "RUS-0004");
            fixture.gaps.clear();

            assertThat(fixture.check()).isEmpty();
        }
    }

    @Nested
    class Rule6KeyGroups {

        @Test
        void theHoldersOfAKeyGroupAreOfDifferentNations() {
            fixture.hold("XO", 3, "RUS-0003");

            assertBroken(HardRule.KEY_GROUPS,
                    "Rule 6 Key groups: period 3 (2028-H2): DCDR and XO both held by RUS (RUS-0001, RUS-0003)");
        }

        @Test
        void twoNationsInTheGroupKeepIt() {
            fixture.hold("XO", 3, "USA-0001");

            assertThat(fixture.check()).isEmpty();
        }
    }

    @Nested
    class Rule7NationalHandOver {

        @Test
        void oneNationHoldsARotatingPostAtMostMaxNationConsecutivePeriods() {
            fixture.post("DCDR", post -> withSourcing(post, new Scenario.Sourcing("ROTATING", List.of("USA", "RUS"),
                    "COMMAND_TEAM", 1)));

            List<Violation> violations = fixture.check();

            assertThat(violations).extracting(Violation::toString).containsExactly(
                    "Rule 7 National hand-over of rotating posts: DCDR is held by USA for 2 consecutive periods, "
                            + "periods 0–1 (2027-H1 – 2027-H2); the limit is 1",
                    "Rule 7 National hand-over of rotating posts: DCDR is held by RUS for 2 consecutive periods, "
                            + "periods 2–3 (2028-H1 – 2028-H2); the limit is 1");
        }

        @Test
        void withoutALimitTwoPeriodsAreAllowed() {
            fixture.post("DCDR", post -> withSourcing(post, new Scenario.Sourcing("ROTATING", List.of("USA", "RUS"),
                    "COMMAND_TEAM", null)));

            assertThat(fixture.check()).isEmpty();
        }

        @Test
        void threePeriodsBreakTheDefaultLimit() {
            fixture.post("DCDR", post -> withSourcing(post, new Scenario.Sourcing("ROTATING", List.of("USA", "RUS"),
                    "COMMAND_TEAM", null)));
            fixture.hold("DCDR", 2, "USA-0002").hold("XO", 2, "RUS-0001");

            assertThat(fixture.check()).extracting(Violation::toString).contains(
                    "Rule 7 National hand-over of rotating posts: DCDR is held by USA for 3 consecutive periods, "
                            + "periods 0–2 (2027-H1 – 2028-H1); the limit is 2");
        }
    }

    @Nested
    class Rule8TourLimit {

        @Test
        void aPersonHoldsPostsAtMostTheirNationsMaxConsecutivePeriods() {
            fixture.nations.set(0, new Scenario.Nation("KAZ", "Kazakhstan", "FRAMEWORK", "SOVIET", 2, 3, 0.5));

            assertBroken(HardRule.TOUR_LIMIT, "Rule 8 Tour limit: KAZ-0001 holds posts for 4 consecutive periods, "
                    + "periods 0–3 (2027-H1 – 2028-H2); the limit for KAZ is 3");
        }

        @Test
        void aBreakInTheTourRestartsTheCount() {
            fixture.nations.set(0, new Scenario.Nation("KAZ", "Kazakhstan", "FRAMEWORK", "SOVIET", 2, 3, 0.5));
            fixture.personnel.add(person("KAZ-0003", "KAZ", "OF-5", "COMMAND", 3));
            fixture.hold("CDR", 2, "KAZ-0003");

            assertThat(fixture.check()).isEmpty();
        }
    }

    @Nested
    class Rule9RotationPins {

        @Test
        void aPinnedSlotKeepsItsPerson() {
            fixture.personnel.add(person("KAZ-0003", "KAZ", "OF-5", "COMMAND", 3));
            fixture.hold("CDR", 0, "KAZ-0003");

            assertBroken(HardRule.ROTATION_PINS,
                    "Rule 9 Pins: period 0 (2027-H1): CDR is pinned to KAZ-0001 but is held by KAZ-0003");
        }

        @Test
        void aPinnedSlotIsNotLeftUnfilled() {
            fixture.hold("CDR", 0, null);
            fixture.gaps.add(new Plan.Gap("CDR", 0, "vacant"));

            assertBroken(HardRule.ROTATION_PINS, "CDR is pinned to KAZ-0001 but is left unfilled");
        }
    }

    @Nested
    class Rule10Window {

        @Test
        void anExerciseEndsByItsLatestEnd() {
            fixture.schedule("EX2", LocalDate.of(2027, 11, 22), "OTAR", "RUS-1");

            assertBroken(HardRule.WINDOW,
                    "Rule 10 Window: EX2 runs 2027-11-22 – 2027-12-01, outside its window 2027-10-01 – 2027-11-30");
        }

        @Test
        void anExerciseStartsNoEarlierThanItsEarliestStart() {
            fixture.schedule("EX2", LocalDate.of(2027, 9, 30), "OTAR", "RUS-1");

            assertBroken(HardRule.WINDOW, "EX2 runs 2027-09-30 – 2027-10-09");
        }

        @Test
        void endingOnTheLatestEndFits() {
            fixture.schedule("EX2", LocalDate.of(2027, 11, 21), "OTAR", "RUS-1");

            assertThat(fixture.check()).isEmpty();
        }
    }

    @Nested
    class Rule11AreaOpen {

        @Test
        void noDayFallsInAClosedMonth() {
            closeOtarIn(11);
            fixture.schedule("EX2", LocalDate.of(2027, 10, 25), "OTAR", "RUS-1");

            assertBroken(HardRule.AREA_OPEN, "Rule 11 Area open: EX2 (2027-10-25 – 2027-11-03 at OTAR) has days in "
                    + "month 11, when OTAR is closed");
        }

        @Test
        void endingOnTheLastOpenDayFits() {
            closeOtarIn(11);
            fixture.schedule("EX2", LocalDate.of(2027, 10, 22), "OTAR", "RUS-1");

            assertThat(fixture.check()).isEmpty();
        }

        private void closeOtarIn(int month) {
            fixture.trainingAreas.set(1, new Scenario.TrainingArea("OTAR", "Otar", "KAZ", 2, List.of(month),
                    new Scenario.Location(43.5, 75.2)));
        }
    }

    @Nested
    class Rule12AreaCapacityAndExclusivity {

        @Test
        void atMostCapacityCompanies() {
            fixture.exercise("EX2", exercise -> withCompanies(exercise, 1, 3));
            fixture.schedule("EX2", LocalDate.of(2027, 10, 4), "OTAR", "RUS-1", "KAZ-1", "USA-1");

            assertBroken(HardRule.AREA_CAPACITY, "Rule 12 Area capacity and exclusivity: EX2 (2027-10-04 – 2027-10-13 "
                    + "at OTAR) has 3 companies; the area takes 2");
        }

        @Test
        void exactlyCapacityCompaniesFit() {
            fixture.schedule("EX2", LocalDate.of(2027, 10, 4), "OTAR", "RUS-1", "KAZ-1");

            assertThat(fixture.check()).isEmpty();
        }

        @Test
        void twoExercisesDoNotOverlapInOneArea() {
            moveEx2WindowToSpring();
            fixture.schedule("EX2", LocalDate.of(2027, 4, 18), "ILI", "RUS-1");

            assertBroken(HardRule.AREA_CAPACITY, "EX1 (2027-04-05 – 2027-04-18 at ILI) and EX2 (2027-04-18 – "
                    + "2027-04-27 at ILI) overlap in ILI");
        }

        @Test
        void startingTheDayAfterTheOtherEndsFits() {
            moveEx2WindowToSpring();
            fixture.schedule("EX2", LocalDate.of(2027, 4, 19), "ILI", "RUS-1");

            assertThat(fixture.check()).isEmpty();
        }
    }

    @Nested
    class Rule13Participation {

        @Test
        void atLeastMinCompanies() {
            fixture.exercise("EX2", exercise -> withCompanies(exercise, 2, 2));

            assertBroken(HardRule.PARTICIPATION, "Rule 13 Participation: EX2 (2027-10-04 – 2027-10-13 at OTAR) has 1 "
                    + "companies; it needs 2–2");
        }

        @Test
        void atMostMaxCompanies() {
            fixture.exercise("EX2", exercise -> withCompanies(exercise, 1, 1));
            fixture.schedule("EX2", LocalDate.of(2027, 10, 4), "OTAR", "RUS-1", "KAZ-1");

            assertBroken(HardRule.PARTICIPATION, "has 2 companies; it needs 1–1");
        }

        @Test
        void eachCompanyIsAttachedInEveryPeriodTouched() {
            fixture.company("RUS-1", company -> withAttached(company, List.of(0, 2, 3)));

            assertBroken(HardRule.PARTICIPATION, "EX2 (2027-10-04 – 2027-10-13 at OTAR): RUS-1 is not attached in "
                    + "period 1 (2027-H2)");
        }

        @Test
        void beingAttachedOnlyInThePeriodTouchedIsEnough() {
            fixture.company("RUS-1", company -> withAttached(company, List.of(1)));

            assertThat(fixture.check()).isEmpty();
        }

        @Test
        void noCompanyIsUnavailableOnAnyDay() {
            fixture.company("KAZ-1", company -> withUnavailable(company, LocalDate.of(2027, 9, 1), LocalDate.of(2027, 10, 1)));
            fixture.schedule("EX2", LocalDate.of(2027, 10, 1), "OTAR", "RUS-1", "KAZ-1");

            assertBroken(HardRule.PARTICIPATION, "KAZ-1 is unavailable 2027-09-01 – 2027-10-01");
        }

        @Test
        void returningTheDayBeforeFits() {
            fixture.company("KAZ-1", company -> withUnavailable(company, LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 30)));
            fixture.schedule("EX2", LocalDate.of(2027, 10, 1), "OTAR", "RUS-1", "KAZ-1");

            assertThat(fixture.check()).isEmpty();
        }

        @Test
        void noCompanyIsInTwoOverlappingExercises() {
            moveEx2WindowToSpring();
            fixture.schedule("EX2", LocalDate.of(2027, 4, 10), "OTAR", "RUS-1", "KAZ-1");

            assertBroken(HardRule.PARTICIPATION, "KAZ-1 is in both EX1 (2027-04-05 – 2027-04-18 at ILI) and "
                    + "EX2 (2027-04-10 – 2027-04-19 at OTAR), which overlap");
        }

        @Test
        void oneExerciseAfterTheOtherFits() {
            moveEx2WindowToSpring();
            fixture.schedule("EX2", LocalDate.of(2027, 4, 19), "OTAR", "RUS-1", "KAZ-1");

            assertThat(fixture.check()).isEmpty();
        }
    }

    @Nested
    class Rule14Capabilities {

        @Test
        void theParticipantsCoverTheRequiredCapabilities() {
            fixture.schedule("EX1", LocalDate.of(2027, 4, 5), "ILI", "KAZ-1", "RUS-1");

            assertBroken(HardRule.CAPABILITIES, "Rule 14 Capabilities: EX1 (2027-04-05 – 2027-04-18 at ILI) lacks "
                    + "NIGHT_OPERATIONS (companies KAZ-1, RUS-1)");
        }

        @Test
        void equipmentHeldInQuantityZeroBringsNothing() {
            fixture.company("USA-1", company -> withEquipment(company, List.of(), List.of(
                    new Scenario.Holding("M4", 100), new Scenario.Holding("PVS14", 0))));

            assertBroken(HardRule.CAPABILITIES, "lacks NIGHT_OPERATIONS");
        }

        @Test
        void aCompanysOwnCapabilityCountsLikeItsEquipments() {
            fixture.company("USA-1", company -> withEquipment(company, List.of("NIGHT_OPERATIONS"), List.of(
                    new Scenario.Holding("M4", 100))));

            assertThat(fixture.check()).isEmpty();
        }
    }

    @Nested
    class Rule15Blackouts {

        @Test
        void noDayInABlackoutOfTheHostNation() {
            fixture.pinnedExercises.clear();
            fixture.blackouts.set(0, blackout("KAZ"));
            fixture.schedule("EX1", LocalDate.of(2027, 6, 1), "ILI", "RUS-1", "USA-1");
            fixture.company("RUS-1", company -> withEquipment(company, List.of("SNIPER", "INDIRECT_FIRE"), company.equipment()));

            assertBroken(HardRule.BLACKOUTS, "Rule 15 Blackouts: EX1 (2027-06-01 – 2027-06-14 at ILI) falls in "
                    + "blackout STEPPE EAGLE (2027-06-07 – 2027-06-25) of KAZ (host)");
        }

        @Test
        void noDayInABlackoutOfAParticipatingNation() {
            fixture.pinnedExercises.clear();
            fixture.blackouts.set(0, blackout("USA"));
            fixture.schedule("EX1", LocalDate.of(2027, 6, 1), "ILI", "KAZ-1", "USA-1");

            assertBroken(HardRule.BLACKOUTS, "falls in blackout STEPPE EAGLE (2027-06-07 – 2027-06-25) of USA (USA-1)");
        }

        @Test
        void aBlackoutOfOtherNationsOrEndingBeforeDoesNotMatter() {
            fixture.pinnedExercises.clear();
            fixture.blackouts.set(0, blackout("RUS"));
            fixture.blackouts.add(new Scenario.Blackout("EARLIER", LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 31),
                    List.of("KAZ", "USA")));
            fixture.schedule("EX1", LocalDate.of(2027, 6, 1), "ILI", "KAZ-1", "USA-1");

            assertThat(fixture.check()).isEmpty();
        }

        private Scenario.Blackout blackout(String nation) {
            return new Scenario.Blackout("STEPPE EAGLE", LocalDate.of(2027, 6, 7), LocalDate.of(2027, 6, 25),
                    List.of(nation));
        }
    }

    @Nested
    class Rule16ExercisePins {

        @Test
        void aPinnedExerciseKeepsItsStart() {
            fixture.schedule("EX1", LocalDate.of(2027, 4, 6), "ILI", "KAZ-1", "USA-1");

            assertBroken(HardRule.EXERCISE_PINS,
                    "Rule 16 Pins: EX1 is pinned to start 2027-04-05 at ILI but starts 2027-04-06 at ILI");
        }

        @Test
        void aPinnedExerciseKeepsItsArea() {
            fixture.schedule("EX1", LocalDate.of(2027, 4, 5), "OTAR", "KAZ-1", "USA-1");

            assertBroken(HardRule.EXERCISE_PINS, "starts 2027-04-05 at OTAR");
        }

        @Test
        void aPinOnTheAreaAloneLetsTheStartMove() {
            fixture.pinnedExercises.set(0, new Scenario.PinnedExercise("EX1", null, "ILI"));
            fixture.schedule("EX1", LocalDate.of(2027, 4, 6), "ILI", "KAZ-1", "USA-1");

            assertThat(fixture.check()).isEmpty();
        }
    }

    @Nested
    class Structure {

        @Test
        void everyActiveSlotHasARow() {
            fixture.rotation.removeIf(row -> row.post().equals("CDR") && row.period() == 3);

            assertBroken(HardRule.STRUCTURE, "Plan structure: no rotation row for active slot CDR in period 3 (2028-H2)");
        }

        @Test
        void noRowForAnInactiveSlot() {
            fixture.hold("LO", 3, null);

            assertBroken(HardRule.STRUCTURE, "rotation row for LO in period 3 (2028-H2), which is not an active slot");
        }

        @Test
        void everyUnfilledSlotIsAGap() {
            fixture.gaps.clear();

            assertBroken(HardRule.STRUCTURE, "LO in period 2 (2028-H1) is unfilled but not listed in gaps");
        }

        @Test
        void aGapIsForAnUnfilledSlot() {
            fixture.gaps.add(new Plan.Gap("CDR", 1, "none"));

            assertBroken(HardRule.STRUCTURE, "gap listed for CDR in period 1 (2027-H2), but the slot is held by KAZ-0001");
        }

        @Test
        void endIsStartPlusDurationLessOne() {
            fixture.calendar.set(1, new Plan.ExerciseRow("EX2", LocalDate.of(2027, 10, 4),
                    LocalDate.of(2027, 10, 14), "OTAR", List.of("RUS-1")));

            assertBroken(HardRule.STRUCTURE, "EX2 ends 2027-10-14, but starting 2027-10-04 for 10 days it ends 2027-10-13");
        }

        @Test
        void oneRowPerExercise() {
            fixture.calendar.remove(1);

            assertBroken(HardRule.STRUCTURE, "no exercises row for EX2");
        }

        @Test
        void unknownRecordsAreReported() {
            fixture.hold("CDR", 1, "KAZ-9999");
            fixture.schedule("EX2", LocalDate.of(2027, 10, 4), "OTAR", "RUS-1", "XXX-1");

            assertThat(fixture.check()).extracting(Violation::toString).containsExactly(
                    "Plan structure: CDR in period 1 (2027-H2) is held by unknown person KAZ-9999",
                    "Plan structure: EX2 lists unknown company XXX-1");
        }
    }

    @Test
    void randomPlansAreJudgedWithoutException() {
        Random random = new Random(0);
        List<String> people = new ArrayList<>(fixture.personnel.stream().map(Scenario.Person::id).toList());
        people.add(null);
        people.add("NOBODY");
        List<String> posts = List.of("CDR", "DCDR", "XO", "MAINT-NATO", "LO", "NOPE");
        List<String> companies = List.of("KAZ-1", "USA-1", "RUS-1", "XXX-1");
        for (int round = 0; round < 200; round++) {
            PlanFixture randomPlan = new PlanFixture();
            randomPlan.rotation.clear();
            for (int row = 0; row < 20; row++) {
                randomPlan.rotation.add(new Plan.RotationRow(posts.get(random.nextInt(posts.size())),
                        random.nextInt(6) - 1, people.get(random.nextInt(people.size()))));
            }
            for (String exercise : List.of("EX1", "EX2", "EX9")) {
                randomPlan.calendar.add(new Plan.ExerciseRow(exercise,
                        random.nextBoolean() ? null : LocalDate.of(2027, 1, 1).plusDays(random.nextInt(800)),
                        null, random.nextBoolean() ? "ILI" : random.nextBoolean() ? "OTAR" : null,
                        companies.subList(0, random.nextInt(companies.size() + 1))));
            }
            assertThatCode(randomPlan::check).doesNotThrowAnyException();
        }
    }

    /**
     * Rules 2, 17 and 18 with language courses. LO (periods 1–2, from 2027-07-01, 14 days' hand-over) is raised to
     * English 3, so KAZ-0002 (English 2), who holds it in period 1, needs a 2 → 3 course ending by 2027-06-17.
     */
    @Nested
    class LanguageCourses {

        private static final LocalDate SPRING = LocalDate.of(2027, 1, 11);
        private static final LocalDate SPRING_END = LocalDate.of(2027, 5, 28);

        LanguageCourses() {
            fixture.post("LO", post -> new Scenario.Post(post.id(), post.title(), post.section(), post.rankMin(),
                    post.rankMax(), post.skills(), 3, post.sourcing(), post.activeFrom(), post.activeTo(),
                    post.requiresStandard()));
            fixture.course("ENG-A", SPRING, SPRING_END, 1, 2, 3, List.of("KAZ"));
        }

        @Test
        void aCourseEndedBeforeTheHandOverQualifiesItsAttendee() {
            fixture.attends("KAZ-0002", "ENG-A");

            assertThat(fixture.check()).isEmpty();
        }

        @Test
        void withoutTheCourseTheHolderLacksEnglish() {
            assertBroken(HardRule.QUALIFIED, "period 1 (2027-H2): LO is held by KAZ-0002: english 2 is below 3");
        }

        @Test
        void aCourseEndingAfterTheHandOverDayCountsOnlyFromTheNextPeriod() {
            fixture.courses.clear();
            fixture.course("ENG-A", SPRING, LocalDate.of(2027, 6, 18), 1, 2, 3, List.of("KAZ"));
            fixture.attends("KAZ-0002", "ENG-A");

            assertThat(fixture.check()).extracting(Violation::rule)
                    .containsExactly(HardRule.QUALIFIED, HardRule.AWAY_ON_A_COURSE);
        }

        @Test
        void anAttendeeHoldsNoPostWhileAway() {
            fixture.course("ENG-B", LocalDate.of(2027, 9, 1), LocalDate.of(2027, 10, 29), 2, 3, 4, null);
            fixture.attends("KAZ-0002", "ENG-A").attends("KAZ-0002", "ENG-B");

            assertBroken(HardRule.AWAY_ON_A_COURSE, "Rule 18 Away on a course: period 1 (2027-H2): LO is held by "
                    + "KAZ-0002, who is on ENG-B (2027-09-01 – 2027-10-29) during the period or its hand-over");
        }

        @Test
        void aCourseHasItsSeatsAndNations() {
            fixture.personnel.add(person("KAZ-0003", "KAZ", "OF-3", "LIAISON", 2));
            fixture.personnel.add(person("RUS-0004", "RUS", "OF-3", "LIAISON", 2));
            fixture.attends("KAZ-0002", "ENG-A").attends("KAZ-0003", "ENG-A").attends("RUS-0004", "ENG-A");

            assertThat(fixture.check()).extracting(Violation::toString).containsExactly(
                    "Rule 17 Course places: ENG-A is open to KAZ, but RUS-0004 is a national of RUS",
                    "Rule 17 Course places: ENG-A has 3 attendees for 1 seats");
        }

        @Test
        void anAttendeesLevelFitsTheCourseCountingEarlierCourses() {
            fixture.courses.clear();
            fixture.course("ENG-A", SPRING, SPRING_END, 2, 2, 3, List.of("KAZ"));
            fixture.personnel.add(person("KAZ-0004", "KAZ", "OF-3", "LIAISON", 3));
            fixture.attends("KAZ-0002", "ENG-A").attends("KAZ-0004", "ENG-A"); // KAZ-0004: English 3 already
            assertBroken(HardRule.COURSE_PLACES, "ENG-A takes English 2 to 3, but KAZ-0004 has English 3 when it starts");

            fixture.seats.clear();
            fixture.course("ENG-B", LocalDate.of(2028, 1, 10), LocalDate.of(2028, 3, 31), 1, 3, 4, null);
            fixture.attends("KAZ-0002", "ENG-A").attends("KAZ-0002", "ENG-B"); // 2 → 3, then 3 → 4
            assertThat(fixture.check()).isEmpty();
        }

        @Test
        void noOneAttendsOverlappingCoursesOrOneCourseTwice() {
            fixture.course("ENG-C", LocalDate.of(2027, 5, 1), LocalDate.of(2027, 6, 1), 1, 2, 3, null);
            fixture.attends("KAZ-0002", "ENG-A").attends("KAZ-0002", "ENG-A").attends("KAZ-0002", "ENG-C");

            assertThat(fixture.check()).extracting(Violation::toString).contains(
                    "Rule 17 Course places: ENG-A lists KAZ-0002 more than once",
                    "Rule 17 Course places: KAZ-0002 attends ENG-A and ENG-C, whose days overlap");
        }

        @Test
        void aSeatNamesAKnownCourseAndPerson() {
            fixture.attends("KAZ-0002", "ENG-A").attends("KAZ-0002", "ENG-Z");

            assertBroken(HardRule.STRUCTURE, "course seat for unknown language course ENG-Z");
        }
    }

    private void moveEx2WindowToSpring() {
        fixture.exercise("EX2", exercise -> new Scenario.Exercise("EX2", exercise.name(), exercise.scenario(),
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30), exercise.durationDays(), 1, 2,
                exercise.requiredCapabilities()));
    }

    /** Only {@code rule} is broken, and one of its violations reads (or contains) {@code text}. */
    private void assertBroken(HardRule rule, String text) {
        List<Violation> violations = fixture.check();
        assertThat(violations).as("violations %s", violations).isNotEmpty().extracting(Violation::rule).containsOnly(rule);
        assertThat(violations).extracting(Violation::toString).anySatisfy(line -> assertThat(line).contains(text));
    }
}
