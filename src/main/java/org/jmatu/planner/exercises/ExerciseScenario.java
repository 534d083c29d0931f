package org.jmatu.planner.exercises;

import java.util.Arrays;
import java.util.List;
import org.jmatu.planner.shared.TranslatedEnum;

/** The problem sets a combined field exercise trains; stored as text so imports may name others. */
public enum ExerciseScenario implements TranslatedEnum {
    HOSTAGE_RESCUE, URBAN_COUNTER_TERRORISM, BORDER_INTERDICTION, COUNTER_INSURGENCY, MOUNTAIN_OPERATIONS,
    CONSEQUENCE_MANAGEMENT;

    public static List<String> codes() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }

    /** The words for a stored scenario code; a code the list does not know (from an imported scenario) as is. */
    public static String labelOf(String code) {
        return TranslatedEnum.labelOf(ExerciseScenario.class, code);
    }
}
