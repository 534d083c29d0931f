package org.jmatu.planner.shared;

/** What a member nation is to the unit: the framework nation commands, global powers rotate the key posts. */
public enum NationRole implements TranslatedEnum {
    FRAMEWORK,
    GLOBAL_POWER,
    REGIONAL;
}
