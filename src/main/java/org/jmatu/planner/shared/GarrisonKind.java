package org.jmatu.planner.shared;

/**
 * What a garrison provides: barracks house the soldiers of attached companies, family housing the HQ staff on
 * their tours, a training facility the attached companies' soldiers while they train.
 */
public enum GarrisonKind implements TranslatedEnum {
    BARRACKS,
    FAMILY_HOUSING,
    TRAINING_FACILITY;
}
