package org.jmatu.planner.exercises;

import java.util.List;
import java.util.Optional;
import org.jmatu.planner.shared.Nation;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrainingAreaRepository extends JpaRepository<TrainingArea, Long> {

    Optional<TrainingArea> findByCode(String code);

    List<TrainingArea> findAllByOrderByCode();

    @Query("select t.code from TrainingArea t where t.nation = ?1 order by t.code")
    List<String> findCodesByNation(Nation nation);
}
