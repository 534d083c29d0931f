package org.jmatu.planner.housing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.stream.IntStream;
import org.jmatu.planner.audit.AuditFilter;
import org.jmatu.planner.audit.AuditTrail;
import org.jmatu.planner.audit.AuditedKind;
import org.jmatu.planner.audit.Change;
import org.jmatu.planner.housing.CapacityStep;
import org.jmatu.planner.housing.Garrison;
import org.jmatu.planner.housing.HousingFixture;
import org.jmatu.planner.housing.HousingService;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.shared.GarrisonKind;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.ui.BarChart;
import org.jmatu.planner.ui.KaribuTest;
import org.jmatu.planner.ui.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The Housing view on {@link HousingFixture}'s garrisons and published roster (family housing one over in 2027-H1). */
@SpringBootTest(properties = "planner.test.context=housing-warnings")
class HousingViewTest extends KaribuTest {

    @Autowired HousingService housing;
    @Autowired NationService nations;
    @Autowired AuditTrail trail;

    private Growth stored;

    @BeforeEach
    void example() {
        stored = HousingFixture.install(context);
    }

    @AfterEach
    void restore() {
        HousingFixture.restore(context, stored);
    }

    @Test
    void aPlannerCreatesEditsAndDeletesAGarrison() {
        String code = TestData.code("GAR");
        HousingView view = open(HousingView.class);
        click("New garrison");
        _setValue(view.code, code);
        _setValue(view.name, "Shchuchinsk barracks");
        _setValue(view.kind, GarrisonKind.BARRACKS);
        _setValue(view.nation, nations.findByCode("KAZ").orElseThrow());
        _setValue(view.upkeep, 250_000.0);
        _click(view.steps.add);
        _setValue(view.steps.rows.get(0).places, 120);
        _click(view.steps.add);
        assertThat(view.steps.rows.get(1).from.getValue()).as("the next period").isEqualTo(1);
        assertThat(view.steps.rows.get(1).places.getValue()).as("the last step's places").isEqualTo(120);
        _setValue(view.steps.rows.get(1).from, 2);
        _setValue(view.steps.rows.get(1).places, 200);
        click("Save");

        Garrison created = housing.find(code).orElseThrow();
        assertThat(created.getCapacity()).containsExactly(new CapacityStep(0, 120), new CapacityStep(2, 200));
        assertThat(GridKt._getFormattedRow(view.grid, created)).contains(code, "Shchuchinsk barracks", "Barracks",
                "250,000", "2027-H1: 120, 2028-H1: 200");

        GridKt._clickItem(view.grid, GridKt._findAll(view.grid).indexOf(created));
        _setValue(view.name, "Shchuchinsk NCO Academy barracks");
        _click(view.steps.rows.get(1).remove);
        click("Save");
        assertThat(housing.find(code).orElseThrow()).satisfies(garrison -> {
            assertThat(garrison.getName()).isEqualTo("Shchuchinsk NCO Academy barracks");
            assertThat(garrison.getCapacity()).containsExactly(new CapacityStep(0, 120));
        });

        GridKt._clickItem(view.grid, GridKt._findAll(view.grid).indexOf(housing.find(code).orElseThrow()));
        click("Delete");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(housing.find(code)).isEmpty();
        assertThat(GridKt._findAll(view.grid)).extracting(Garrison::getCode).doesNotContain(code);
        assertThat(trail.find(new AuditFilter(AuditedKind.GARRISON, "planner", null, null)))
                .filteredOn(change -> change.record().equals(code)).extracting(Change::action)
                .containsExactlyInAnyOrder("created", "changed", "deleted");
    }

    @Test
    void invalidInputShowsItsMessageInTheForm() {
        HousingView view = open(HousingView.class);
        click("New garrison");
        _setValue(view.code, "fix fh");
        _setValue(view.name, "Misfiled quarters");
        _setValue(view.nation, nations.findByCode("KAZ").orElseThrow());
        _setValue(view.upkeep, -1.0);
        _click(view.steps.add);
        click("Save");
        HasValidationUtilsKt._expectInvalid(view.code, "must be upper case letters, digits and - such as AST-FH");
        HasValidationUtilsKt._expectInvalid(view.upkeep, "must be 0 or more");
        HasValidationUtilsKt._expectInvalid(view.steps, "Each step needs its period and its places.");

        _setValue(view.code, HousingFixture.FAMILY_CODE);
        _setValue(view.upkeep, 0.0);
        _setValue(view.steps.rows.get(0).places, -3);
        click("Save");
        HasValidationUtilsKt._expectInvalid(view.code, "Another garrison has the code FIX-FH already.");
        HasValidationUtilsKt._expectInvalid(view.steps, "Places must be 0 or more.");

        _setValue(view.code, TestData.code("GAR"));
        _setValue(view.steps.rows.get(0).places, 30);
        _click(view.steps.add);
        _setValue(view.steps.rows.get(1).from, 0);
        click("Save");
        HasValidationUtilsKt._expectInvalid(view.steps,
                "Two steps start in the same period: keep one row per period.");
        assertThat(view.editor.isOpened()).isTrue();
        assertThat(housing.findAll()).extracting(Garrison::getName).doesNotContain("Misfiled quarters");
    }

    @Test
    void aStaleSaveShowsTheConflictAndOverwritesNothing() {
        HousingView view = open(HousingView.class);
        GridKt._clickItem(view.grid, GridKt._findAll(view.grid).indexOf(housing.find(HousingFixture.FAMILY_CODE)
                .orElseThrow()));
        Garrison theirs = housing.find(HousingFixture.FAMILY_CODE).orElseThrow();
        theirs.setUpkeepPerYear(150_000);
        housing.save(theirs);

        _setValue(view.name, "Renamed on a stale copy");
        click("Save");

        assertThat(_find(Dialog.class, spec -> spec.withPredicate(
                dialog -> dialog.getHeaderTitle().contains("changed by someone else")))).hasSize(1);
        assertThat(housing.find(HousingFixture.FAMILY_CODE).orElseThrow()).satisfies(garrison -> {
            assertThat(garrison.getName()).isEqualTo("Fixture family quarters");
            assertThat(garrison.getUpkeepPerYear()).isEqualTo(150_000);
        });
    }

    @Test
    void theChartAndTheTableMarkThePeriodOverCapacity() {
        HousingView view = open(HousingView.class);
        BarChart family = view.loads.chartsByKind.get(GarrisonKind.FAMILY_HOUSING);
        List<Div> columns = _find(family, Div.class, spec -> spec.withClasses(BarChart.COLUMN));
        assertThat(columns).extracting(column -> column.getElement().getAttribute("data-label"))
                .containsExactly("⚠ 2027-H1", "2027-H2", "2028-H1", "2028-H2", "2029-H1", "2029-H2");
        assertThat(_find(columns.getFirst(), Div.class, spec -> spec.withClasses(BarChart.SEGMENT)))
                .extracting(segment -> segment.getElement().getAttribute("title"))
                .containsExactly("⚠ 2027-H1 · Places taken: 5", "⚠ 2027-H1 · Over capacity: 1");
        assertThat(_find(columns.get(1), Div.class, spec -> spec.withClasses(BarChart.SEGMENT)))
                .extracting(segment -> segment.getElement().getAttribute("title"))
                .containsExactly("2027-H2 · Places taken: 3", "2027-H2 · Spare places: 3");
        assertThat(view.loads.chartsByKind).containsOnlyKeys(GarrisonKind.BARRACKS, GarrisonKind.FAMILY_HOUSING);

        List<List<String>> rows = IntStream.range(0, GridKt._size(view.loads.table))
                .mapToObj(index -> GridKt._getFormattedRow(view.loads.table, index)).toList();
        assertThat(rows).contains(List.of("2027-H1", "Family housing", "6", "5", "⚠ 1 over capacity"),
                List.of("2027-H2", "Family housing", "3", "6", "3 spare"));
        assertThat(rows).filteredOn(row -> row.get(4).startsWith("⚠")).hasSize(1);
        assertThat(view.loads.note.getText()).startsWith("From the published roster");
    }

    @Test
    void theCommanderReadsAndChangesNothing() {
        signIn(SignedInAs.commander());
        HousingView view = open(HousingView.class);
        assertThat(_find(view, Button.class, spec -> spec.withText("New garrison"))).isEmpty();
        GridKt._clickItem(view.grid, GridKt._findAll(view.grid).indexOf(housing.find(HousingFixture.FAMILY_CODE)
                .orElseThrow()));
        assertThat(view.editor.isOpened()).isTrue();
        assertThat(view.name.isReadOnly()).isTrue();
        assertThat(view.steps.rows).allSatisfy(row -> assertThat(row.places.isReadOnly()).isTrue());
        assertThat(view.steps.add.isVisible()).isFalse();
        assertThat(_find(Button.class, spec -> spec.withText("Save"))).isEmpty();
        assertThat(view.loads.chartsByKind).containsKey(GarrisonKind.FAMILY_HOUSING);
    }

    @Test
    void aLiaisonOfficerReadsTheirNationsGarrisonsWithoutTheLoads() {
        signIn(SignedInAs.liaison("RUS"));
        HousingView view = open(HousingView.class);
        assertThat(GridKt._findAll(view.grid)).extracting(Garrison::getCode).containsExactly("FIX-BKS");
        assertThat(view.loads.isAttached()).isFalse();
        assertThat(_find(view, Button.class, spec -> spec.withText("New garrison"))).isEmpty();
    }
}
