package org.jmatu.planner.forces.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import java.util.Set;
import org.jmatu.planner.shared.EquipmentStandard;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.ui.KaribuTest;
import org.jmatu.planner.ui.TestData;
import org.junit.jupiter.api.Test;

class EquipmentTypesViewTest extends KaribuTest {

    @Test
    void aBadCodeIsRefusedAtTheFieldAndAGoodTypeIsListed() {
        Nation nation = data.nation();
        EquipmentTypesView view = open(EquipmentTypesView.class);
        click("New equipment type");
        _setValue(view.code, "ak 74");
        HasValidationUtilsKt._expectInvalid(view.code,
                "must be upper case letters, digits, _ and - such as AK74M");

        String code = TestData.code("NVG");
        _setValue(view.code, code);
        _setValue(view.name, "Night-vision goggles");
        _setValue(view.origin, nation);
        _setValue(view.standard, EquipmentStandard.NATO);
        _setValue(view.capabilities, Set.of("NIGHT_OPERATIONS"));
        _setValue(view.maintenanceSkill, "MAINT_NATO");
        click("Save");

        assertThat(GridKt._findAll(view.grid)).filteredOn(type -> type.getCode().equals(code))
                .singleElement().satisfies(type -> {
                    assertThat(type.getCapabilities()).containsExactly("NIGHT_OPERATIONS");
                    assertThat(type.getOrigin()).isEqualTo(nation);
                });
    }
}
