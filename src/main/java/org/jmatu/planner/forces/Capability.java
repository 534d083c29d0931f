package org.jmatu.planner.forces;

import java.util.Arrays;
import java.util.List;

/**
 * Capabilities an exercise may require and companies or their equipment bring. Stored as text so that an
 * imported scenario may name others; these are the ones the forms offer.
 */
public enum Capability {
    INDIRECT_FIRE, NIGHT_OPERATIONS, ENGINEER, SPECIAL_FORCES, SIGNAL, RECONNAISSANCE, MEDICAL,
    ARMOURED_MOBILITY, SNIPER, CBRN, AIR_ASSAULT;

    public static List<String> codes() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
