package org.jmatu.planner.exercises.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import java.util.Set;
import org.jmatu.planner.exercises.TrainingArea;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.ui.KaribuTest;
import org.jmatu.planner.ui.TestData;
import org.junit.jupiter.api.Test;

class TrainingAreasViewTest extends KaribuTest {

    @Test
    void aBadCapacityIsRefusedAtTheFieldAndAGoodAreaIsListed() {
        Nation nation = data.nation();
        TrainingAreasView view = open(TrainingAreasView.class);
        click("New training area");
        _setValue(view.capacity, 0);
        HasValidationUtilsKt._expectInvalid(view.capacity, "must be 1 or more");
        _setValue(view.lat, 95.0);
        HasValidationUtilsKt._expectInvalid(view.lat, "must be 90 or less");

        String code = TestData.code("SAR");
        _setValue(view.code, code);
        _setValue(view.name, "Sary-Shagan");
        _setValue(view.nation, nation);
        _setValue(view.capacity, 6);
        _setValue(view.closedMonths, Set.of(12, 1, 2));
        _setValue(view.lat, 46.1);
        _setValue(view.lon, 73.6);
        click("Save");

        TrainingArea listed = GridKt._findAll(view.grid).stream().filter(area -> area.getCode().equals(code))
                .findFirst().orElseThrow();
        assertThat(listed.getClosedMonths()).containsExactly(1, 2, 12);
        assertThat(GridKt._getFormattedRow(view.grid, listed)).contains("Jan, Feb, Dec");
    }
}
