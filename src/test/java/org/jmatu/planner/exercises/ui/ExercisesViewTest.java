package org.jmatu.planner.exercises.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import java.time.LocalDate;
import java.util.Set;
import org.jmatu.planner.exercises.Exercise;
import org.jmatu.planner.ui.KaribuTest;
import org.jmatu.planner.ui.TestData;
import org.junit.jupiter.api.Test;

class ExercisesViewTest extends KaribuTest {

    @Test
    void badValuesAreReportedAndAGoodExerciseIsListed() {
        ExercisesView view = open(ExercisesView.class);
        click("New exercise");
        _setValue(view.durationDays, 120);
        HasValidationUtilsKt._expectInvalid(view.durationDays, "must be 90 or less");

        String code = TestData.code("CFX");
        _setValue(view.code, code);
        _setValue(view.name, "Steppe Shield");
        _setValue(view.scenario, "HOSTAGE_RESCUE");
        _setValue(view.requiredCapabilities, Set.of("SPECIAL_FORCES", "NIGHT_OPERATIONS"));
        _setValue(view.earliestStart, LocalDate.of(2027, 5, 1));
        _setValue(view.latestEnd, LocalDate.of(2027, 5, 10));
        _setValue(view.durationDays, 14);
        _setValue(view.minCompanies, 6);
        _setValue(view.maxCompanies, 4);
        click("Save");
        assertThat(formStatus()).contains("the window must be at least as long as the exercise")
                .contains("the minimum number of companies must not exceed the maximum");

        _setValue(view.latestEnd, LocalDate.of(2027, 6, 30));
        _setValue(view.minCompanies, 3);
        click("Save");

        Exercise listed = GridKt._findAll(view.grid).stream().filter(exercise -> exercise.getCode().equals(code))
                .findFirst().orElseThrow();
        assertThat(listed.getRequiredCapabilities()).containsExactlyInAnyOrder("SPECIAL_FORCES", "NIGHT_OPERATIONS");
        assertThat(GridKt._getFormattedRow(view.grid, listed)).contains("2027-05-01 – 2027-06-30", "3–4");
    }
}
