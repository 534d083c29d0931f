package org.jmatu.planner.housing;

import java.util.ArrayList;
import java.util.List;
import org.jmatu.planner.shared.Message;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.ReferenceChecker;
import org.springframework.stereotype.Component;

/** Garrisons refer to the nation that keeps them. */
@Component
class HousingReferences implements ReferenceChecker {

    private final GarrisonRepository garrisons;

    HousingReferences(GarrisonRepository garrisons) {
        this.garrisons = garrisons;
    }

    @Override
    public List<Message> referencesTo(Object record) {
        List<Message> references = new ArrayList<>();
        if (record instanceof Nation nation) {
            ReferenceChecker.addIfAny(references, "housing.refs.keeps-garrisons", garrisons.findCodesByNation(nation));
        }
        return references;
    }
}
