package org.jmatu.planner.shared;

/** What a member nation is to the unit: the framework nation commands, global powers rotate the key posts. */
public enum NationRole implements Labelled {
    FRAMEWORK("Framework nation"),
    GLOBAL_POWER("Global power"),
    REGIONAL("Regional nation");

    private final String label;

    NationRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
