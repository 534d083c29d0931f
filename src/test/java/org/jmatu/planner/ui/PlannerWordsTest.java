package org.jmatu.planner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import java.util.List;
import java.util.Set;
import org.jmatu.planner.exercises.TrainingArea;
import org.jmatu.planner.forces.Capability;
import org.jmatu.planner.shared.EquipmentStandard;
import org.jmatu.planner.shared.NationRole;
import org.junit.jupiter.api.Test;

/** Issue 15, defect 7: codes and validator jargon where planners read ("GLOBAL_POWER", "must not be null"). */
class PlannerWordsTest {

    @Test
    void codesReadAsWordsWhereverValuesAreShown() {
        assertThat(Formats.value(NationRole.GLOBAL_POWER)).isEqualTo("Global power");
        assertThat(Formats.list(List.of(EquipmentStandard.SOVIET, EquipmentStandard.NATO)))
                .isEqualTo("NATO, Soviet/Russian pattern");
        assertThat(Capability.labelOf("INDIRECT_FIRE")).isEqualTo("Indirect fire");
        assertThat(Capability.labelOf("TELEPATHY")).as("a code from an imported file stays readable").isEqualTo("TELEPATHY");
    }

    @Test
    void aMissingValueIsRequiredInPlainWords() {
        Set<ConstraintViolation<TrainingArea>> violations = Validation.buildDefaultValidatorFactory().getValidator()
                .validate(TrainingArea.blank());
        assertThat(violations).extracting(ConstraintViolation::getMessage)
                .contains("is required").noneMatch(message -> message.startsWith("must not be"));
    }
}
