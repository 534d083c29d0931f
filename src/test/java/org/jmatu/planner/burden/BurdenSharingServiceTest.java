package org.jmatu.planner.burden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.shared.EditConflictException;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.ui.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/**
 * The J8 keeps the cost model and the agreed shares: refused when a figure breaks a rule, refused as an edit conflict
 * from a stale copy, and a saved model prices the published roster's person-periods at once. The burden view's
 * context (the demo battalion), each test putting back the demo's model and shares.
 */
@SpringBootTest(properties = "planner.test.context=burden-view")
@Import(TestData.class)
class BurdenSharingServiceTest {

    @Autowired BurdenSharingService burden;
    @Autowired RosterVersionService rosters;
    @Autowired StaffingService staffing;

    private Growth.CostModel demoModel;
    private List<Growth.FundingShare> demoShares;

    @BeforeEach
    void keepTheDemoFigures() {
        SignedInAs.planner();
        demoModel = burden.costModel().orElseThrow().figures();
        demoShares = burden.agreement().figures();
    }

    @AfterEach
    void putTheDemoFiguresBack() {
        SignedInAs.planner();
        CostModel model = burden.costModel().orElseThrow();
        model.setFigures(demoModel);
        burden.save(model);
        FundingAgreement agreement = burden.agreement();
        agreement.setFigures(demoShares);
        burden.save(agreement);
    }

    @Test
    void aSavedModelPricesThePublishedPersonPeriodsAtItsNewRate() {
        Person colonel = staffing.findAllPeople().stream().filter(person -> person.getNation().getCode().equals("KAZ"))
                .filter(person -> person.getRank().within(Rank.OF_5, Rank.OF_6))
                .min(Comparator.comparing(Person::getCode)).orElseThrow();
        rosters.publish(rosters.saveDraft("Cost model test roster", new RotationPlan(RotationPlan.FORMAT,
                "Battalion 2027-2029", null, List.of(new PlanRow("CDR", 0, colonel.getCode()),
                        new PlanRow("CDR", 1, colonel.getCode())), List.of()), List.of(), "cost model test").id());
        assertThat(kazakhstan().staff()).isEqualTo(2 * 90_000.0);

        CostModel model = burden.costModel().orElseThrow();
        List<StaffBand> bands = new ArrayList<>(model.getStaff());
        bands.set(0, new StaffBand(Rank.OF_5, Rank.OF_9, 100_000.0));
        model.setStaff(bands);
        model.setCurrency("USD");
        burden.save(model);

        assertThat(kazakhstan().staff()).isEqualTo(2 * 100_000.0);
        assertThat(burden.year(2027).orElseThrow().currency()).isEqualTo("USD");
    }

    @Test
    void aModelBreakingARuleIsNotSaved() {
        CostModel overlapping = burden.costModel().orElseThrow();
        overlapping.setStaff(List.of(new StaffBand(Rank.OF_3, Rank.OF_6, 70_000.0),
                new StaffBand(Rank.OF_5, Rank.OF_9, 90_000.0)));
        assertThat(overlapping.overlapping()).containsExactly(1);
        assertThatThrownBy(() -> burden.save(overlapping)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("bandsApart");

        CostModel broken = burden.costModel().orElseThrow();
        broken.setCurrency("eur");
        broken.setTravelPerKm(-1.0);
        broken.setHousingPlaceMonth(null);
        broken.setStaff(List.of(new StaffBand(Rank.OF_9, Rank.OF_5, 90_000.0)));
        assertThatThrownBy(() -> burden.save(broken)).isInstanceOfSatisfying(ConstraintViolationException.class,
                refused -> assertThat(refused.getConstraintViolations()).extracting(v -> v.getPropertyPath().toString())
                        .containsExactlyInAnyOrder("currency", "travelPerKm", "housingPlaceMonth", "staff[0].ranksOrdered"));

        assertThat(burden.costModel().orElseThrow().figures()).isEqualTo(demoModel);
    }

    @Test
    void theRanksOfTheUnitsPostsThatNoBandPricesAreNamed() {
        CostModel model = burden.costModel().orElseThrow();
        assertThat(model.unpriced(burden.postRanks())).as("the demo prices OR-5 to OF-9, the posts' ranks").isEmpty();
        model.setStaff(List.of(new StaffBand(Rank.OF_5, Rank.OF_9, 90_000.0)));
        assertThat(burden.postRanks()).contains(Rank.OF_4, Rank.OF_3);
        assertThat(model.unpriced(burden.postRanks())).contains(Rank.OF_3, Rank.OF_4)
                .doesNotContain(Rank.OF_5, Rank.OF_9);
    }

    @Test
    void aSaveFromAStaleCopyOfTheModelIsAConflictAndOverwritesNothing() {
        CostModel mine = burden.costModel().orElseThrow();
        CostModel theirs = burden.costModel().orElseThrow();
        theirs.setCompanyExerciseDay(4_500.0);
        burden.save(theirs);

        mine.setTravelPerKm(20.0);
        assertThatThrownBy(() -> burden.save(mine)).isInstanceOfSatisfying(EditConflictException.class,
                conflict -> assertThat(((CostModel) conflict.stored()).getCompanyExerciseDay()).isEqualTo(4_500.0));
        assertThat(burden.costModel().orElseThrow().getTravelPerKm()).isEqualTo(15.0);

        CostModel second = CostModel.blank();
        second.setFigures(demoModel);
        assertThatThrownBy(() -> burden.save(second)).as("a data set has one model: a new one meets the stored one")
                .isInstanceOf(EditConflictException.class);
    }

    @Test
    void theAgreedSharesMustMakeAHundredPercentAndAStaleSaveIsAConflict() {
        FundingAgreement short90 = burden.agreement();
        short90.setFigures(List.of(new Growth.FundingShare("KAZ", 0.5), new Growth.FundingShare("USA", 0.4)));
        assertThatThrownBy(() -> burden.save(short90)).isInstanceOf(ConstraintViolationException.class);

        FundingAgreement mine = burden.agreement();
        FundingAgreement theirs = burden.agreement();
        theirs.setFigures(List.of(new Growth.FundingShare("KAZ", 0.6), new Growth.FundingShare("USA", 0.4)));
        burden.save(theirs);
        mine.setFigures(List.of(new Growth.FundingShare("KAZ", 0.5), new Growth.FundingShare("RUS", 0.5)));
        assertThatThrownBy(() -> burden.save(mine)).isInstanceOfSatisfying(EditConflictException.class,
                conflict -> assertThat(((FundingAgreement) conflict.stored()).shareOf("KAZ")).contains(0.6));
        assertThat(burden.agreement().figures()).containsExactly(new Growth.FundingShare("KAZ", 0.6),
                new Growth.FundingShare("USA", 0.4));
        assertThat(burden.year(2027).orElseThrow().nations()).filteredOn(row -> row.nation().equals("KAZ"))
                .singleElement().extracting(BurdenYear.NationBurden::agreedShare).isEqualTo(0.6);
    }

    @Test
    void theCommanderReadsTheModelButDoesNotChangeIt() {
        SignedInAs.commander();
        CostModel model = burden.costModel().orElseThrow();
        model.setCurrency("USD");
        assertThatThrownBy(() -> burden.save(model)).isInstanceOf(AccessDeniedException.class);
    }

    private BurdenYear.NationBurden kazakhstan() {
        return burden.year(2027).orElseThrow().nations().stream().filter(row -> row.nation().equals("KAZ"))
                .findFirst().orElseThrow();
    }
}
