package org.jmatu.planner.forces;

import java.util.Arrays;
import java.util.List;
import org.jmatu.planner.shared.TranslatedEnum;

/**
 * Capabilities an exercise may require and companies or their equipment bring. Stored as text so that an
 * imported scenario may name others; these are the ones the forms offer.
 */
public enum Capability implements TranslatedEnum {
    INDIRECT_FIRE,
    NIGHT_OPERATIONS,
    ENGINEER,
    SPECIAL_FORCES,
    SIGNAL,
    RECONNAISSANCE,
    MEDICAL,
    ARMOURED_MOBILITY,
    SNIPER,
    CBRN,
    AIR_ASSAULT;

    public static List<String> codes() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }

    /** The words for a stored capability code; a code the list does not know (from an imported scenario) as is. */
    public static String labelOf(String code) {
        return TranslatedEnum.labelOf(Capability.class, code);
    }
}
