package org.jmatu.planner.burden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The worked example of the user guide, figure by figure: if one changes, the guide must change with it. */
class BurdenSharingTest {

    private final BurdenYear year = BurdenSharing.of(WorkedExample.scenario(), WorkedExample.plan(), 2027);
    private final Map<String, BurdenYear.NationBurden> nations = year.nations().stream()
            .collect(Collectors.toMap(BurdenYear.NationBurden::nation, Function.identity()));

    @Test
    void contributionsInKind() {
        assertThat(nations.get("KAZ")).extracting("personPeriods", "companyDays", "exercisesHosted", "housingPlaceMonths")
                .containsExactly(2, 10, 1, 120);
        assertThat(nations.get("USA")).extracting("personPeriods", "companyDays", "exercisesHosted", "housingPlaceMonths")
                .containsExactly(3, 0, 0, 0);
        assertThat(nations.get("KGZ")).extracting("personPeriods", "companyDays", "exercisesHosted", "housingPlaceMonths")
                .containsExactly(0, 10, 0, 0);
    }

    @Test
    void contributionsInMoney() {
        assertThat(nations.get("KAZ")).extracting("staff", "exercises", "hosting", "housing", "contributed")
                .containsExactly(120_000.0, 20_000.0, 50_000.0, 72_000.0, 262_000.0);
        assertThat(nations.get("USA").contributed()).isEqualTo(150_000.0);
        // ten days at 2,000 and 111 km (one degree of the equator) at 10 a kilometre
        assertThat(nations.get("KGZ").exercises()).isEqualTo(21_110.0);
        assertThat(year.total()).isEqualTo(433_110.0);
        assertThat(year.currency()).isEqualTo("EUR");
    }

    @Test
    void sharesDueAndBalances() {
        assertThat(nations.get("KAZ").due()).isCloseTo(216_555.0, within(0.001));
        assertThat(nations.get("USA").due()).isCloseTo(129_933.0, within(0.001));
        assertThat(nations.get("KGZ").due()).isCloseTo(86_622.0, within(0.001));
        assertThat(nations.get("KAZ").balance()).isCloseTo(45_445.0, within(0.001));
        assertThat(nations.get("USA").balance()).isCloseTo(20_067.0, within(0.001));
        assertThat(nations.get("KGZ").balance()).isCloseTo(-65_512.0, within(0.001));
        assertThat(nations.get("KAZ").contributedShare()).isCloseTo(0.6049, within(0.0001));
        assertThat(nations.get("KGZ").agreedShare()).isEqualTo(0.2);
    }

    @Test
    void theDebtorPaysTheCreditorsTheirBalances() {
        assertThat(year.transfers()).containsExactly(new BurdenYear.Transfer("KGZ", "KAZ", 45_445.0),
                new BurdenYear.Transfer("KGZ", "USA", 20_067.0));
    }

    @Test
    void aYearWithoutPeriodsOrExercisesCostsNothing() {
        BurdenYear empty = BurdenSharing.of(WorkedExample.scenario(), WorkedExample.plan(), 2031);
        assertThat(empty.total()).isZero();
        assertThat(empty.transfers()).isEmpty();
        assertThat(BurdenSharing.years(WorkedExample.scenario())).containsExactly(2027);
    }
}
