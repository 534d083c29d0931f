package org.jmatu.planner.housing;

import java.util.List;
import java.util.Optional;
import org.jmatu.planner.shared.Nation;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GarrisonRepository extends JpaRepository<Garrison, Long> {

    Optional<Garrison> findByCode(String code);

    List<Garrison> findAllByOrderByPositionAscCodeAsc();

    List<Garrison> findByNationCodeOrderByPositionAscCodeAsc(String nationCode);

    @Query("select g.code from Garrison g where g.nation = ?1 order by g.code")
    List<String> findCodesByNation(Nation nation);

    @Query("select coalesce(max(g.position), -1) from Garrison g")
    int lastPosition();
}
