package org.jmatu.planner.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.file.ReadResult;
import org.jmatu.planner.scenario.file.ScenarioFiles;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.junit.jupiter.api.Test;

/** The demo brigade grows in phases, and a scenario file carries its growth there and back. */
class BrigadeGrowthTest {

    private final Scenario brigade = ScenarioGenerator.generate(Scale.BRIGADE, ScenarioGenerator.DEFAULT_SEED);

    @Test
    void theBrigadeGrowsFromBattalionInThreePhases() {
        assertThat(brigade.growth().phasesInOrder()).extracting(Growth.Phase::name, Growth.Phase::firstPeriod)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Battalion", 0),
                        org.assertj.core.groups.Tuple.tuple("Reinforced battalion", 2),
                        org.assertj.core.groups.Tuple.tuple("Brigade", 4));
        List<PeriodStrength> strength = GrowthStrength.byPeriod(brigade);
        assertThat(strength.get(2).posts()).isGreaterThan(strength.get(1).posts());
        assertThat(strength.get(4).posts()).isGreaterThan(strength.get(3).posts() + 50);
        assertThat(ScenarioGenerator.generate(Scale.BATTALION, ScenarioGenerator.DEFAULT_SEED).growth().phases()).isEmpty();
    }

    @Test
    void aScenarioFileCarriesItsGrowth() {
        ReadResult<Scenario> read = ScenarioFiles.read(ScenarioFiles.write(brigade));

        assertThat(read.report().text()).isEmpty();
        assertThat(read.value().growth()).isEqualTo(brigade.growth());
        assertThat(read.value().posts()).isEqualTo(brigade.posts());
    }

    @Test
    void sharesThatDoNotMakeAHundredPercentAreReported() {
        Scenario wrong = brigade.withGrowth(brigade.growth().withFunding(List.of(new Growth.FundingShare("KAZ", 0.6),
                new Growth.FundingShare("USA", 0.3)), brigade.growth().costModel()));

        assertThat(ScenarioFiles.read(ScenarioFiles.write(wrong)).report().text())
                .contains("fundingShares").contains("the shares sum to 0.9, not 1 (100 %)");
    }
}
