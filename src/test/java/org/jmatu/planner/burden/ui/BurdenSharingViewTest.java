package org.jmatu.planner.burden.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.util.Comparator;
import java.util.List;
import org.jmatu.planner.burden.BurdenSharingService;
import org.jmatu.planner.burden.BurdenYear;
import org.jmatu.planner.burden.CostModel;
import org.jmatu.planner.burden.FundingAgreement;
import org.jmatu.planner.datasets.DataSet;
import org.jmatu.planner.datasets.DataSetContext;
import org.jmatu.planner.datasets.DataSetService;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.scenario.file.ScenarioFiles;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.versions.RosterVersion;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.ui.BarChart;
import org.jmatu.planner.ui.ConflictFrame;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The commander reads a year's burden from the published roster and the cost model behind it; the planner (the J8)
 * keeps the cost model and the agreed shares, refused when a figure breaks a rule or the save meets someone else's.
 * A context of its own, so that its published roster moves no other test's; each test puts back the demo's figures.
 */
@SpringBootTest(properties = "planner.test.context=burden-view")
class BurdenSharingViewTest extends KaribuTest {

    @Autowired RosterVersionService rosters;
    @Autowired StaffingService staffing;
    @Autowired BurdenSharingService burden;
    @Autowired DataSetService dataSets;
    @Autowired ScenarioExporter exporter;

    private Growth.CostModel demoModel;
    private List<Growth.FundingShare> demoShares;

    @BeforeEach
    void keepTheDemoFigures() {
        demoModel = burden.costModel().orElseThrow().figures();
        demoShares = burden.agreement().figures();
    }

    @AfterEach
    void putTheDemoFiguresBack() {
        signIn(SignedInAs.planner());
        CostModel model = burden.costModel().orElseThrow();
        model.setFigures(demoModel);
        burden.save(model);
        FundingAgreement agreement = burden.agreement();
        agreement.setFigures(demoShares);
        burden.save(agreement);
    }

    @Test
    void thePublishedRosterCountsAsStaffPersonPeriodsOfTheHoldersNations() {
        Person commander = staffing.findAllPeople().stream()
                .filter(person -> person.getNation().getCode().equals("KAZ"))
                .filter(person -> person.getRank().within(Rank.OF_5, Rank.OF_6))
                .min(Comparator.comparing(Person::getCode)).orElseThrow();
        RosterVersion draft = rosters.saveDraft("Burden test roster", new RotationPlan(RotationPlan.FORMAT,
                "Battalion 2027-2029", null, List.of(new PlanRow("CDR", 0, commander.getCode()),
                        new PlanRow("CDR", 1, commander.getCode())), List.of()), List.of(), "burden test");
        rosters.publish(draft.id());
        signIn(SignedInAs.commander());

        BurdenSharingView view = open(BurdenSharingView.class);

        assertThat(view.year.getValue()).isEqualTo(2027);
        BurdenYear.NationBurden kaz = burden.year(2027).orElseThrow().nations().stream()
                .filter(row -> row.nation().equals("KAZ")).findFirst().orElseThrow();
        assertThat(kaz.personPeriods()).isEqualTo(2);
        assertThat(kaz.staff()).isEqualTo(2 * 90_000.0);
        assertThat(kaz.agreedShare()).isEqualTo(0.40);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(view.table)).isEqualTo(7);
        assertThat(view.contributions.getChildren().findFirst().orElseThrow().getChildren()
                .filter(column -> column.hasClassName(BarChart.COLUMN))).hasSize(7);
        assertThat(view.note.getText()).contains("EUR");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(view, com.vaadin.flow.component.button.Button.class))
                .as("the commander reads the agreed shares but does not keep them")
                .noneMatch(button -> button.hasClassName("save-shares"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(com.github.mvysny.kaributesting.v10.LocatorJ
                ._find(view, com.vaadin.flow.component.grid.Grid.class).stream()
                .filter(grid -> grid.hasClassName("burden-garrisons")).findFirst().orElseThrow())).isEqualTo(4);
    }

    @Test
    void thePlannerEditsTheCostModelAndTheYearsFiguresFollow() {
        BurdenSharingView view = open(BurdenSharingView.class);
        CostModelEditor costs = view.costs;
        assertThat(costs.currency.getValue()).isEqualTo("EUR");
        assertThat(costs.bands).hasSize(4);
        double total = burden.year(2027).orElseThrow().total();

        _setValue(costs.currency, "usd");
        _setValue(costs.housingPlaceMonth, 700.0);
        _click(costs.addBand);
        CostModelEditor.BandRow added = costs.bands.getLast();
        _setValue(added.rankMin, Rank.OR_1);
        _setValue(added.rankMax, Rank.OR_4);
        _setValue(added.personPeriod, 15_000.0);
        _click(costs.save);

        assertThat(notificationTexts()).contains("Cost model saved; the year's figures are worked out again.");
        CostModel saved = burden.costModel().orElseThrow();
        assertThat(saved.getCurrency()).as("upper case as typed in").isEqualTo("USD");
        assertThat(saved.getStaff()).hasSize(5);
        assertThat(saved.getHousingPlaceMonth()).isEqualTo(700.0);
        assertThat(view.note.getText()).contains("USD");
        assertThat(burden.year(2027).orElseThrow().total()).as("the garrisons' place-months cost more").isGreaterThan(total);
        assertThat(view.modelNote.isVisible()).isFalse();
    }

    @Test
    void aModelBreakingARuleShowsWhereAndSavesNothing() {
        CostModelEditor costs = open(BurdenSharingView.class).costs;
        _setValue(costs.currency, "EU");
        _setValue(costs.travelPerKm, null);
        _setValue(costs.exerciseHosted, -5.0);
        CostModelEditor.BandRow first = costs.bands.getFirst();
        _setValue(first.rankMin, Rank.OF_9);
        _setValue(first.rankMax, Rank.OF_5);
        CostModelEditor.BandRow third = costs.bands.get(2);
        _setValue(third.rankMax, Rank.OF_3);
        _click(costs.save);

        assertThat(costs.status.getText()).isEqualTo("Not saved: correct the fields marked.");
        assertThat(costs.currency.isInvalid()).isTrue();
        assertThat(costs.currency.getErrorMessage()).contains("ISO 4217");
        assertThat(costs.travelPerKm.getErrorMessage()).isEqualTo("is required");
        assertThat(costs.exerciseHosted.getErrorMessage()).isEqualTo("must be 0 or more");
        assertThat(first.rankMax.getErrorMessage()).isEqualTo("the rank from must not be above the rank to");
        assertThat(third.rankMin.getErrorMessage()).as("OF-1 to OF-3 overlaps the OF-3 to OF-4 band before it")
                .isEqualTo("rank bands must not overlap: each rank has one price");
        assertThat(burden.costModel().orElseThrow().figures()).isEqualTo(demoModel);
    }

    @Test
    void ranksOfThePostsThatNoBandPricesAreNamed() {
        CostModelEditor costs = open(BurdenSharingView.class).costs;
        assertThat(costs.unpriced.isVisible()).isFalse();
        _click(costs.bands.get(1).remove);
        assertThat(costs.unpriced.isVisible()).isTrue();
        assertThat(costs.unpriced.getText()).startsWith("No band prices these ranks of the unit's posts: OF-3, OF-4.");
    }

    @Test
    void theCommanderReadsTheCostModelButCannotChangeIt() {
        signIn(SignedInAs.commander());
        CostModelEditor costs = open(BurdenSharingView.class).costs;

        assertThat(costs.currency.getValue()).isEqualTo("EUR");
        assertThat(costs.bands.getFirst().personPeriod.getValue()).isEqualTo(90_000.0);
        assertThat(costs.currency.isReadOnly()).isTrue();
        assertThat(costs.companyExerciseDay.isReadOnly()).isTrue();
        assertThat(costs.bands).allSatisfy(band -> assertThat(band.rankMin.isReadOnly()).isTrue());
        assertThat(_find(costs, Button.class)).as("no save, add or remove").noneMatch(Button::isVisible);
    }

    @Test
    void aSaveFromAStaleCopyShowsWhatIsStoredAndOverwritesNothing() {
        CostModelEditor costs = open(BurdenSharingView.class).costs;
        CostModel theirs = burden.costModel().orElseThrow();
        theirs.setCompanyExerciseDay(5_000.0);
        burden.save(theirs);

        _setValue(costs.companyExerciseDay, 4_200.0);
        _click(costs.save);

        StoredVersionDialog conflict = _get(StoredVersionDialog.class);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._findAll(conflict.comparison))
                .filteredOn(ConflictFrame.Row::differs).singleElement()
                .satisfies(row -> assertThat(row).extracting("mine", "stored").containsExactly("4,200", "5,000"));
        assertThat(burden.costModel().orElseThrow().getCompanyExerciseDay()).isEqualTo(5_000.0);

        _click(_get(conflict, Button.class, spec -> spec.withText("Keep theirs (reload)")));
        assertThat(costs.companyExerciseDay.getValue()).isEqualTo(5_000.0);
        _setValue(costs.travelPerKm, 16.0);
        _click(costs.save);
        assertThat(burden.costModel().orElseThrow().getTravelPerKm()).as("saved on the stored version").isEqualTo(16.0);
    }

    @Test
    void aStaleSaveOfTheSharesShowsTheStoredShares() {
        BurdenSharingView view = open(BurdenSharingView.class);
        FundingAgreement theirs = burden.agreement();
        theirs.setFigures(List.of(new Growth.FundingShare("KAZ", 0.5), new Growth.FundingShare("USA", 0.5)));
        burden.save(theirs);

        _setValue(view.agreedShares.agreed.get("KAZ"), 39.0);
        _setValue(view.agreedShares.agreed.get("CHN"), 16.0);
        _click(view.agreedShares.save);

        StoredVersionDialog conflict = _get(StoredVersionDialog.class);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._findAll(conflict.comparison))
                .filteredOn(row -> row.field().equals("KAZ")).singleElement()
                .extracting("mine", "stored").containsExactly("39.0 %", "50.0 %");
        assertThat(burden.agreement().shareOf("KAZ")).contains(0.5);
    }

    @Test
    void aDataSetWithoutACostModelStartsTheEditorEmptyAndSaysWhyTheMoneyIsNil() {
        Scenario demo = exporter.export();
        Scenario withoutModel = demo.withGrowth(demo.growth().withFunding(demo.growth().fundingShares(), null));
        DataSet noModel = dataSets.find("no-cost-model").orElseGet(() -> dataSets.importScenario("No cost model",
                ScenarioFiles.write(withoutModel)).created().orElseThrow());
        dataSets.switchTo(noModel.key());

        BurdenSharingView view = open(BurdenSharingView.class);
        assertThat(view.modelNote.isVisible()).isTrue();
        assertThat(view.modelNote.getText()).startsWith("This data set has no cost model, so every money figure is 0");
        assertThat(view.costs.currency.getValue()).isEmpty();
        assertThat(view.costs.bands).isEmpty();
        assertThat(view.costs.companyExerciseDay.getValue()).isNull();
        assertThat(view.costs.unpriced.getText()).as("every rank of the posts").contains("OF-5");

        _setValue(view.costs.currency, "KZT");
        List.of(view.costs.companyExerciseDay, view.costs.exerciseHosted, view.costs.travelPerKm,
                view.costs.housingPlaceMonth).forEach(field -> _setValue(field, 1.0));
        _click(view.costs.save);
        assertThat(DataSetContext.callIn(noModel.key(), () -> burden.costModel().orElseThrow().getCurrency()))
                .isEqualTo("KZT");
        assertThat(view.modelNote.isVisible()).isFalse();
        assertThat(DataSetContext.callIn(DataSetContext.DEFAULT, () -> burden.costModel().orElseThrow().getCurrency()))
                .as("the live unit's model").isEqualTo("EUR");
    }
}
