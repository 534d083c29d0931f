package org.jmatu.planner.forces;

import java.util.ArrayList;
import java.util.List;
import org.jmatu.planner.shared.Nation;
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
    public List<String> referencesTo(Object record) {
        List<String> references = new ArrayList<>();
        if (record instanceof Nation nation) {
            ReferenceChecker.addIfAny(references, "it contributes ", "companies", companies.findCodesByNation(nation));
            ReferenceChecker.addIfAny(references, "it is the origin of ", "equipment types", equipmentTypes.findCodesByOrigin(nation));
        }
        if (record instanceof EquipmentType type) {
            ReferenceChecker.addIfAny(references, "it is held by ", "companies", companies.findCodesHolding(type));
        }
        return references;
    }
}
