package org.jmatu.planner.planning.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;

class ScoreWordsTest {

    @Test
    void aRosterScoreReadsAsSlotsFilledRulesBrokenAndWhatPreferencesCost() {
        assertThat(ScoreWords.roster(HardMediumSoftScore.of(0, 0, -1338), 252, 0))
                .isEqualTo("All 252 slots filled · no rule broken · preferences cost 1,338");
        assertThat(ScoreWords.roster(HardMediumSoftScore.of(-2, -4, -10), 16, 2))
                .isEqualTo("12 of 16 slots filled · 2 rules broken · preferences cost 10");
        assertThat(ScoreWords.roster(HardMediumSoftScore.ofUninitialized(-3, 0, 0, 0), 16, 0))
                .isEqualTo("Not complete: 3 slots still to place · All 16 slots filled · no rule broken"
                        + " · preferences cost nothing");
        assertThat(ScoreWords.roster(null, 16, 0)).isEqualTo("Not scored yet");
    }

    @Test
    void aCalendarScoreReadsAsExercisesPlannedAndRulesBroken() {
        assertThat(ScoreWords.calendar(HardSoftScore.of(0, -640), 6, 0))
                .isEqualTo("All 6 exercises planned · no rule broken · preferences cost 640");
        assertThat(ScoreWords.calendar(HardSoftScore.of(-3, -5), 6, 1))
                .isEqualTo("All 6 exercises planned · 1 rule broken · preferences cost 5");
        assertThat(ScoreWords.calendar(HardSoftScore.of(-3, -5), 6, 0)).contains("hard rules broken");
    }

    @Test
    void aHandEditsEffectAndARulesImpactReadInWords() {
        assertThat(ScoreWords.change(HardMediumSoftScore.of(0, 1, -78))).isEqualTo("fills 1 slot · costs 78 more");
        assertThat(ScoreWords.change(HardMediumSoftScore.of(-1, -2, 5)))
                .isEqualTo("breaks a hard rule · leaves 2 slots unfilled · saves 5");
        assertThat(ScoreWords.change(HardMediumSoftScore.ZERO)).isEqualTo("no change");
        assertThat(ScoreWords.impact("hard", 1, 0)).isEqualTo("broken once");
        assertThat(ScoreWords.impact("hard", 3, 0)).isEqualTo("broken 3 times");
        assertThat(ScoreWords.impact("medium", 4, 0)).isEqualTo("4 slots unfilled");
        assertThat(ScoreWords.impact("soft", 12, -640)).isEqualTo("costs 640");
        assertThat(ScoreWords.level("medium")).isEqualTo("Filling");
    }
}
