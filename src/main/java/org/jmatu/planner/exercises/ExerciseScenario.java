package org.jmatu.planner.exercises;

import java.util.Arrays;
import java.util.List;

/** The problem sets a combined field exercise trains; stored as text so imports may name others. */
public enum ExerciseScenario {
    HOSTAGE_RESCUE, URBAN_COUNTER_TERRORISM, BORDER_INTERDICTION, COUNTER_INSURGENCY, MOUNTAIN_OPERATIONS,
    CONSEQUENCE_MANAGEMENT;

    public static List<String> codes() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
