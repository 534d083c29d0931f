package org.jmatu.planner.planning.calendar.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jmatu.planner.planning.calendar.proof.ProofScenario.company;
import static org.jmatu.planner.planning.calendar.proof.ProofScenario.exercise;

import java.time.LocalDate;
import java.util.List;
import org.jmatu.planner.planning.PlanSolver;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Language;
import org.junit.jupiter.api.Test;

/** One provably infeasible scenario per rule family, and feasible ones that must not be reported. */
class FeasibilityAnalysisTest {

    private final ProofScenario data = new ProofScenario();

    private List<Plan.Cause> causes() {
        return FeasibilityAnalysis.causes(data.scenario());
    }

    private Plan.Cause only() {
        List<Plan.Cause> causes = causes();
        assertThat(causes).as("causes").hasSize(1);
        return causes.getFirst();
    }

    @Test
    void aFeasibleScenarioHasNoCause() {
        assertThat(causes()).isEmpty();
    }

    @Test
    void theDemoBattalionAndBrigadeHaveNoCause() {
        for (Scale scale : Scale.values()) {
            Scenario scenario = ScenarioGenerator.generate(scale, 42);
            assertThat(FeasibilityAnalysis.causes(scenario)).as(scale.name()).isEmpty();
        }
    }

    @Test
    void aWindowShorterThanTheExercise() {
        data.replaceExercise("EX2", exercise("EX2", LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 5), 10, 1, 2,
                "SNIPER"));
        Plan.Cause cause = only();
        assertThat(cause.rule()).isEqualTo(10);
        assertThat(cause.exercise()).isEqualTo("EX2");
        assertThat(cause.reason()).contains("lasts 10 days", "2027-10-01..10-05", "has only 5");
    }

    @Test
    void aPinOutsideTheWindow() {
        data.pins.add(new Scenario.PinnedExercise("EX2", LocalDate.of(2027, 12, 1), null));
        Plan.Cause cause = only();
        assertThat(cause.rule()).isEqualTo(16);
        assertThat(cause.reason()).contains("pinned to start on 2027-12-01");
    }

    @Test
    void noAreaOpenInTheWindow() {
        data.trainingAreas.replaceAll(area -> new Scenario.TrainingArea(area.id(), area.name(), area.nation(),
                area.capacity(), List.of(10, 11), area.location()));
        Plan.Cause cause = only();
        assertThat(cause.rule()).isEqualTo(11);
        assertThat(cause.exercise()).isEqualTo("EX2");
        assertThat(cause.reason()).contains("no training area is open", "ILI is closed in months [10, 11]");
    }

    @Test
    void noAreaLargeEnough() {
        data.replaceExercise("EX1", exercise("EX1", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30), 14, 4, 5,
                "INDIRECT_FIRE"));
        Plan.Cause cause = only();
        assertThat(cause.rule()).isEqualTo(12);
        assertThat(cause.reason()).contains("at least 4 companies", "ILI 3", "OTAR 2");
    }

    @Test
    void theHostNationIsBlackedOutWheneverAnAreaIsOpen() {
        data.blackouts.add(new Scenario.Blackout("AUTUMN", LocalDate.of(2027, 10, 1), LocalDate.of(2027, 11, 25),
                List.of("KAZ")));
        Plan.Cause cause = only();
        assertThat(cause.rule()).isEqualTo(15);
        assertThat(cause.exercise()).isEqualTo("EX2");
        assertThat(cause.reason()).contains("KAZ is blacked out 2027-10-01..11-25 (AUTUMN)");
    }

    @Test
    void noCompanyAttached() {
        data.companies.replaceAll(c -> company(c.id(), c.nation(), c.capabilities(), List.of(0), c.unavailable(),
                c.equipment()));
        Plan.Cause cause = only();
        assertThat(cause.rule()).isEqualTo(13);
        assertThat(cause.exercise()).isEqualTo("EX2");
        assertThat(cause.reason()).contains("no company attached", "attachedPeriods");
    }

    @Test
    void theOnlyHolderOfACapabilityIsNeverFreeLongEnough() {
        // the trap: one holder, its nation blacked out for most of the window, no area open in the gap
        data.replaceExercise("EX2", exercise("EX2", LocalDate.of(2027, 10, 1), LocalDate.of(2027, 11, 30), 10, 1, 2,
                "NIGHT_OPERATIONS"));
        data.blackouts.add(new Scenario.Blackout("SCO exercise", LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 20),
                List.of("USA")));
        data.blackouts.add(new Scenario.Blackout("CSTO exercise", LocalDate.of(2027, 11, 5), LocalDate.of(2027, 11, 30),
                List.of("USA")));
        data.trainingAreas.replaceAll(area -> new Scenario.TrainingArea(area.id(), area.name(), area.nation(),
                area.capacity(), area.id().equals("OTAR") ? List.of(10) : List.of(1, 2, 10, 12), area.location()));
        Plan.Cause cause = only();
        assertThat(cause.rule()).isEqualTo(14);
        assertThat(cause.exercise()).isEqualTo("EX2");
        assertThat(cause.reason()).contains("EX2 needs NIGHT_OPERATIONS; only USA-1 brings it",
                "USA is blacked out 2027-10-01..10-20 (SCO exercise) and 11-05..11-30 (CSTO exercise)",
                "no training area is open", "2027-10-21..11-04");
    }

    /** The calendar view reads the same proof in the planner's language; the plan file keeps the English. */
    @Test
    void aCauseReadsInTheViewersLanguage() {
        data.replaceExercise("EX2", exercise("EX2", LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 5), 10, 1, 2,
                "SNIPER"));
        FeasibilityAnalysis.ProvenCause proven = FeasibilityAnalysis.proven(data.scenario()).getFirst();

        assertThat(proven.toPlan()).isEqualTo(only());
        assertThat(I18n.in(Language.ZH, proven.why()::text)).isEqualTo("EX2持续10天，但其时间窗口2027-10-01..10-05只有5天："
                + "请扩大时间窗口（earliestStart、latestEnd）或缩短演习（durationDays）");
        assertThat(I18n.in(Language.RU, proven.why()::text)).startsWith("EX2 длится 10 дн., но в его окне");
    }

    @Test
    void aCapabilityNoCompanyBrings() {
        data.replaceExercise("EX2", exercise("EX2", LocalDate.of(2027, 10, 1), LocalDate.of(2027, 11, 30), 10, 1, 2,
                "SATCOM"));
        Plan.Cause cause = only();
        assertThat(cause.rule()).isEqualTo(14);
        assertThat(cause.reason()).contains("no company brings it");
    }

    @Test
    void capabilitiesThatNeedMoreCompaniesThanAnyAreaTakes() {
        // three capabilities, each brought by another company, and no area takes three companies
        data.replaceExercise("EX1", exercise("EX1", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30), 14, 1, 3,
                "INDIRECT_FIRE", "NIGHT_OPERATIONS", "SNIPER"));
        data.trainingAreas.replaceAll(area -> new Scenario.TrainingArea(area.id(), area.name(), area.nation(), 2,
                area.closedMonths(), area.location()));
        Plan.Cause cause = only();
        assertThat(cause.rule()).isEqualTo(14);
        assertThat(cause.exercise()).isEqualTo("EX1");
        assertThat(cause.reason()).contains("bring them all together");
    }

    @Test
    void tooFewCompaniesFree() {
        data.replaceExercise("EX2", exercise("EX2", LocalDate.of(2027, 10, 1), LocalDate.of(2027, 11, 30), 10, 3, 3,
                "SNIPER"));
        data.replaceCompany("KAZ-1", company("KAZ-1", "KAZ", List.of(), List.of(0, 1),
                List.of(new Scenario.DateSpan(LocalDate.of(2027, 9, 20), LocalDate.of(2027, 12, 31))),
                List.of(new Scenario.Holding("2B14", 4))));
        Plan.Cause cause = only();
        assertThat(cause.rule()).isEqualTo(13);
        assertThat(cause.reason()).contains("at least 3 companies", "at most 2");
    }

    @Test
    void twoExercisesThatNeedTheSameCompanyOnTheSameDays() {
        // EX2 and EX3 each fill their whole window, the same ten days, and only RUS-1 brings SNIPER
        data.replaceExercise("EX2", exercise("EX2", LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 10), 10, 1, 2,
                "SNIPER"));
        data.exercises.add(exercise("EX3", LocalDate.of(2027, 10, 5), LocalDate.of(2027, 10, 14), 10, 1, 2, "SNIPER"));
        Plan.Cause cause = only();
        assertThat(cause.rule()).isEqualTo(13);
        assertThat(cause.exercise()).isEqualTo("EX2");
        assertThat(cause.reason()).contains("EX2 and EX3", "RUS-1");
    }

    @Test
    void twoExercisesOnTheSameDaysWithRoomForBothAreNotReported() {
        data.replaceExercise("EX2", exercise("EX2", LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 10), 10, 1, 2,
                "SNIPER"));
        data.exercises.add(exercise("EX3", LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 10), 10, 1, 2));
        assertThat(causes()).isEmpty();
    }

    @Test
    void aSlotNoNomineeIsEligibleForIsAProofToo() {
        data.posts.add(new Scenario.Post("J4", "Chief Logistics", "Staff", "OF-4", "OF-4", List.of("LOGISTICS"), 3,
                new Scenario.Sourcing("ANY", List.of("USA"), null, null), null, null, null));
        List<Plan.Cause> causes = PlanSolver.provenCauses(data.scenario());
        assertThat(causes).extracting(Plan.Cause::post).containsOnly("J4");
        assertThat(causes.getFirst().reason()).endsWith("no eligible nominee");
        assertThat(causes.getFirst().line()).startsWith("Proven unfillable: J4 in period 0: ");
    }
}
