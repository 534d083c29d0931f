package org.jmatu.planner.staffing;

import org.jmatu.planner.shared.TranslatedEnum;

/**
 * Which nations may fill a post: FIXED to listed nations (the Commander is Kazakh), ROTATING among listed
 * nations with a national hand-over (the key posts), or ANY member nation (optionally narrowed to a list).
 */
public enum SourcingRule implements TranslatedEnum {
    FIXED,
    ROTATING,
    ANY;
}
