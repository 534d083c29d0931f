package org.jmatu.planner.forces.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.jmatu.planner.forces.Company;
import org.jmatu.planner.forces.CompanyType;
import org.jmatu.planner.forces.EquipmentHolding;
import org.jmatu.planner.forces.EquipmentType;
import org.jmatu.planner.forces.ForcesService;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.ui.KaribuTest;
import org.jmatu.planner.ui.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CompaniesViewTest extends KaribuTest {

    @Autowired
    ForcesService forces;

    @Test
    void aBadStrengthIsRefusedAndACompanyWithItsHoldingsIsListed() {
        Nation nation = data.nation();
        EquipmentType mortar = data.equipmentType(nation);
        EquipmentType other = data.equipmentType(nation);
        CompaniesView view = open(CompaniesView.class);
        click("New company");
        _setValue(view.strength, 0);
        HasValidationUtilsKt._expectInvalid(view.strength, "must be 1 or more");

        String code = TestData.code("CO");
        _setValue(view.code, code);
        _setValue(view.name, "Test mortar company");
        _setValue(view.nation, nation);
        _setValue(view.companyType, CompanyType.MORTAR);
        _setValue(view.strength, 120);
        _setValue(view.homeBase, "Almaty");
        _setValue(view.homeLat, 43.25);
        _setValue(view.homeLon, 76.95);
        _setValue(view.attachedPeriods, Set.of(0, 1));
        addHolding(view, mortar, 6);
        addHolding(view, mortar, 2);
        addHolding(view, other, 3);
        view.equipment.removeRow(view.equipment.getValue().stream()
                .filter(holding -> holding.getEquipmentType().equals(other)).findFirst().orElseThrow());
        _setValue(view.unavailable.from, LocalDate.of(2027, 8, 1));
        _setValue(view.unavailable.to, LocalDate.of(2027, 8, 31));
        _setValue(view.unavailable.reason, "national deployment");
        _click(view.unavailable.add);
        click("Save");

        Company listed = GridKt._findAll(view.grid).stream().filter(company -> company.getCode().equals(code))
                .findFirst().orElseThrow();
        assertThat(listed.getEquipment()).singleElement().satisfies(holding -> {
            assertThat(holding.getEquipmentType()).isEqualTo(mortar);
            assertThat(holding.getQuantity()).isEqualTo(8);
        });
        assertThat(listed.getAttachedPeriods()).containsExactly(0, 1);
        assertThat(listed.getUnavailable()).singleElement()
                .satisfies(range -> assertThat(range.getReason()).isEqualTo("national deployment"));
        assertThat(GridKt._getFormattedRow(view.grid, listed)).contains("8 × " + mortar.getCode());
    }

    @Test
    void anEquipmentTypeACompanyHoldsCannotBeDeleted() {
        Nation nation = data.nation();
        EquipmentType mortar = data.equipmentType(nation);
        Company company = new Company(TestData.code("CO"), "Holder", nation, CompanyType.MORTAR, 100, "Osh", 40.5,
                72.8);
        company.setEquipment(List.of(new EquipmentHolding(mortar, 4)));
        forces.save(company);

        EquipmentTypesView view = open(EquipmentTypesView.class);
        GridKt._clickItem(view.grid, GridKt._findAll(view.grid).indexOf(mortar));
        click("Delete");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text)
                .contains("cannot be deleted").contains("it is held by 1 companies (" + company.getCode() + ")"));
        assertThat(forces.findEquipmentType(mortar.getCode())).isPresent();
    }

    @Test
    void aConflictOverEquipmentShowsBothHoldingsAndOverwritesOnlyTheFieldsIChanged() {
        Nation nation = data.nation();
        EquipmentType mortar = data.equipmentType(nation);
        Company company = forces.save(new Company(TestData.code("CO"), "Contested", nation, CompanyType.MORTAR, 100,
                "Osh", 40.5, 72.8));
        CompaniesView view = open(CompaniesView.class);
        GridKt._clickItem(view.grid, GridKt._findAll(view.grid).indexOf(company));

        Company theirs = forces.findCompany(company.getCode()).orElseThrow();
        theirs.setStrength(140);
        forces.save(theirs);

        addHolding(view, mortar, 4);
        click("Save");

        Grid<?> comparison = _get(_get(Dialog.class, spec -> spec.withPredicate(
                dialog -> dialog.getHeaderTitle().contains("changed by someone else"))), Grid.class);
        List<List<String>> rows = IntStream.range(0, GridKt._size(comparison))
                .mapToObj(index -> GridKt._getFormattedRow(comparison, index)).toList();
        // field, mine, stored now, what "Overwrite with mine" saves: my holdings, their strength
        assertThat(rows).contains(List.of("Equipment holdings", "4 × " + mortar.getCode(), "—", "4 × " + mortar.getCode()),
                List.of("Strength", "100", "140", "140"));

        click("Overwrite with mine");

        Company stored = forces.findCompany(company.getCode()).orElseThrow();
        assertThat(stored.getStrength()).isEqualTo(140);
        assertThat(stored.getEquipment()).singleElement()
                .satisfies(holding -> assertThat(holding.getQuantity()).isEqualTo(4));
    }

    private static void addHolding(CompaniesView view, EquipmentType type, int quantity) {
        _setValue(view.equipment.type, type);
        _setValue(view.equipment.quantity, quantity);
        _click(view.equipment.add);
    }
}
