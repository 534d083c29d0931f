package org.jmatu.planner.staffing;

import org.jmatu.planner.shared.Labelled;

/**
 * Which nations may fill a post: FIXED to listed nations (the Commander is Kazakh), ROTATING among listed
 * nations with a national hand-over (the key posts), or ANY member nation (optionally narrowed to a list).
 */
public enum SourcingRule implements Labelled {
    FIXED("Fixed to nations"),
    ROTATING("Rotating among nations"),
    ANY("Any member nation");

    private final String label;

    SourcingRule(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
