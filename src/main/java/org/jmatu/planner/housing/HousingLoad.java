package org.jmatu.planner.housing;

import org.jmatu.planner.shared.GarrisonKind;

/** In {@code period}, the garrisons of {@code kind} have {@code places} and {@code demand} people need one. */
public record HousingLoad(int period, GarrisonKind kind, int demand, int places) {

    public boolean overCapacity() {
        return demand > places;
    }

    public int excess() {
        return Math.max(0, demand - places);
    }
}
