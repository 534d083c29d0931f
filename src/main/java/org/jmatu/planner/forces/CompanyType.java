package org.jmatu.planner.forces;

import org.jmatu.planner.shared.Labelled;

/** The kind of company a nation contributes; the org chart draws each with its APP-6 icon. */
public enum CompanyType implements Labelled {
    INFANTRY("Infantry"),
    SPECIAL_FORCES("Special forces"),
    ENGINEER("Engineer/sapper"),
    MORTAR("Mortar"),
    RECONNAISSANCE("Reconnaissance"),
    SIGNAL("Signal"),
    MEDICAL("Medical"),
    MAINTENANCE("Maintenance");

    private final String label;

    CompanyType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
