package org.jmatu.planner.housing;

import java.util.List;
import org.jmatu.planner.shared.GarrisonKind;
import org.jmatu.planner.shared.Period;

/**
 * The places needed against the places there are, per period and kind of garrison, under the published roster
 * ({@code roster} its label, null while nothing is published: then only the attached companies count).
 */
public record HousingOutlook(List<Period> periods, String roster, List<HousingLoad> loads) {

    public HousingOutlook {
        periods = List.copyOf(periods);
        loads = List.copyOf(loads);
    }

    /** The kinds the garrisons provide, in the order of {@link GarrisonKind}. */
    public List<GarrisonKind> kinds() {
        return loads.stream().map(HousingLoad::kind).distinct().sorted().toList();
    }

    /** One kind's loads, period by period. */
    public List<HousingLoad> of(GarrisonKind kind) {
        return loads.stream().filter(load -> load.kind() == kind).toList();
    }

    public List<HousingLoad> overCapacity() {
        return loads.stream().filter(HousingLoad::overCapacity).toList();
    }

    public String label(int period) {
        return periods.get(period).label();
    }
}
