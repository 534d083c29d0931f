package org.jmatu.planner.forces;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.jmatu.planner.shared.RecordGuard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The companies the nations contribute and the equipment types they hold. */
@Service
@Transactional(readOnly = true)
public class ForcesService {

    private final CompanyRepository companies;
    private final EquipmentTypeRepository equipmentTypes;
    private final RecordGuard guard;

    ForcesService(CompanyRepository companies, EquipmentTypeRepository equipmentTypes, RecordGuard guard) {
        this.companies = companies;
        this.equipmentTypes = equipmentTypes;
        this.guard = guard;
    }

    public List<Company> findAllCompanies() {
        return companies.findAllByOrderByCode();
    }

    public Optional<Company> findCompany(String code) {
        return companies.findByCode(code);
    }

    @Transactional
    @RolesAllowed("PLANNER")
    public Company save(Company company) {
        return guard.save(companies, company);
    }

    @Transactional
    @RolesAllowed("PLANNER")
    public void delete(Company company) {
        guard.delete(companies, company);
    }

    public List<EquipmentType> findAllEquipmentTypes() {
        return equipmentTypes.findAllByOrderByCode();
    }

    public Optional<EquipmentType> findEquipmentType(String code) {
        return equipmentTypes.findByCode(code);
    }

    @Transactional
    @RolesAllowed("PLANNER")
    public EquipmentType save(EquipmentType type) {
        return guard.save(equipmentTypes, type);
    }

    @Transactional
    @RolesAllowed("PLANNER")
    public void delete(EquipmentType type) {
        guard.delete(equipmentTypes, type);
    }
}
