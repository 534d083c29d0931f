package org.jmatu.planner.planning.rotation.domain;

import org.jmatu.planner.shared.Period;

/**
 * The family-housing places for the HQ staff in {@code period} (garrisons of the scenario's growth) and its active
 * slots, each a holder who lives there until relieved; those arriving for the {@code next} period move in before they
 * leave.
 */
public record StaffHousing(Period period, Period next, int places, int activeSlots) {

    public int periodIndex() {
        return period.index();
    }

    /** Places left for the people arriving for the next period during the hand-over overlap. */
    public int spare() {
        return places - activeSlots;
    }
}
