package org.jmatu.planner.forces;

import java.util.ArrayList;
import java.util.List;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.Message;
import org.jmatu.planner.shared.ReferenceChecker;
import org.springframework.stereotype.Component;

/** Companies refer to nations and equipment types; equipment types to their nation of origin. */
@Component
class ForcesReferences implements ReferenceChecker {

    private final CompanyRepository companies;
    private final EquipmentTypeRepository equipmentTypes;

    ForcesReferences(CompanyRepository companies, EquipmentTypeRepository equipmentTypes) {
        this.companies = companies;
        this.equipmentTypes = equipmentTypes;
    }

    @Override
    public List<Message> referencesTo(Object record) {
        List<Message> references = new ArrayList<>();
        if (record instanceof Nation nation) {
            ReferenceChecker.addIfAny(references, "refs.contributes-companies", companies.findCodesByNation(nation));
            ReferenceChecker.addIfAny(references, "refs.origin-of-types", equipmentTypes.findCodesByOrigin(nation));
        }
        if (record instanceof EquipmentType type) {
            ReferenceChecker.addIfAny(references, "refs.held-by-companies", companies.findCodesHolding(type));
        }
        return references;
    }
}
