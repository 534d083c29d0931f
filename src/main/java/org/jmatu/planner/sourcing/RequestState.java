package org.jmatu.planner.sourcing;

import org.jmatu.planner.shared.TranslatedEnum;

/**
 * Open → offered (a nation named a nominee) → accepted (a planner pins the nominee into the next solve); or
 * declined (a nation cannot fill it) or withdrawn (a re-publish no longer needs it). A planner may ask again
 * after an offer or a decline: the request is open once more.
 */
public enum RequestState implements TranslatedEnum {
    OPEN, OFFERED, ACCEPTED, DECLINED, WITHDRAWN;

    /** Still awaiting a nation's or a planner's answer. */
    public boolean pending() {
        return this == OPEN || this == OFFERED;
    }
}
