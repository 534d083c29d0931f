package org.jmatu.planner.forces;

import org.jmatu.planner.shared.TranslatedEnum;

/** The kind of company a nation contributes; the org chart draws each with its APP-6 icon. */
public enum CompanyType implements TranslatedEnum {
    INFANTRY,
    SPECIAL_FORCES,
    ENGINEER,
    MORTAR,
    RECONNAISSANCE,
    SIGNAL,
    MEDICAL,
    MAINTENANCE;
}
