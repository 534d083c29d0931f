package org.jmatu.planner.exercises.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import java.time.LocalDate;
import java.util.Set;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.ui.KaribuTest;
import org.jmatu.planner.ui.TestData;
import org.junit.jupiter.api.Test;

class BlackoutsViewTest extends KaribuTest {

    @Test
    void aBlackoutNeedsItsNationsAndOrderedDatesAndIsThenListed() {
        Nation nation = data.nation();
        BlackoutsView view = open(BlackoutsView.class);
        click("New blackout");
        String name = "STEPPE EAGLE " + TestData.nationCode();
        _setValue(view.name, name);
        _setValue(view.from, LocalDate.of(2027, 9, 20));
        _setValue(view.to, LocalDate.of(2027, 9, 1));
        click("Save");
        HasValidationUtilsKt._expectInvalid(view.concerned, "name at least one nation it concerns");

        _setValue(view.concerned, Set.of(nation));
        click("Save");
        assertThat(formStatus()).contains("from must not be after to");

        _setValue(view.to, LocalDate.of(2027, 9, 30));
        click("Save");

        assertThat(GridKt._findAll(view.grid)).filteredOn(blackout -> blackout.getName().equals(name))
                .singleElement().satisfies(blackout -> assertThat(blackout.getNations()).containsExactly(nation));
    }
}
