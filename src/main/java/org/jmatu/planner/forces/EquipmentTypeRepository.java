package org.jmatu.planner.forces;

import java.util.List;
import java.util.Optional;
import org.jmatu.planner.shared.Nation;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EquipmentTypeRepository extends JpaRepository<EquipmentType, Long> {

    Optional<EquipmentType> findByCode(String code);

    List<EquipmentType> findAllByOrderByCode();

    @Query("select e.code from EquipmentType e where e.origin = ?1 order by e.code")
    List<String> findCodesByOrigin(Nation nation);
}
