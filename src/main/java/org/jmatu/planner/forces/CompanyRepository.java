package org.jmatu.planner.forces;

import java.util.List;
import java.util.Optional;
import org.jmatu.planner.shared.Nation;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CompanyRepository extends JpaRepository<Company, Long> {

    Optional<Company> findByCode(String code);

    List<Company> findAllByOrderByCode();

    @Query("select c.code from Company c where c.nation = ?1 order by c.code")
    List<String> findCodesByNation(Nation nation);

    @Query("select distinct c.code from Company c join c.equipment h where h.equipmentType = ?1 order by c.code")
    List<String> findCodesHolding(EquipmentType type);
}
