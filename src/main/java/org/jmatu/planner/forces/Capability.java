package org.jmatu.planner.forces;

import java.util.Arrays;
import java.util.List;
import org.jmatu.planner.shared.Labelled;

/**
 * Capabilities an exercise may require and companies or their equipment bring. Stored as text so that an
 * imported scenario may name others; these are the ones the forms offer.
 */
public enum Capability implements Labelled {
    INDIRECT_FIRE("Indirect fire"),
    NIGHT_OPERATIONS("Night operations"),
    ENGINEER("Engineer/sapper"),
    SPECIAL_FORCES("Special forces"),
    SIGNAL("Signal"),
    RECONNAISSANCE("Reconnaissance"),
    MEDICAL("Medical"),
    ARMOURED_MOBILITY("Armoured mobility"),
    SNIPER("Sniper"),
    CBRN("CBRN defence"),
    AIR_ASSAULT("Air assault");

    private final String label;

    Capability(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }

    /** The words for a stored capability code; a code the list does not know (from an imported scenario) as is. */
    public static String labelOf(String code) {
        return Labelled.labelOf(Capability.class, code);
    }
}
