package org.jmatu.planner.exercises;

import java.util.List;
import org.jmatu.planner.shared.Nation;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BlackoutRepository extends JpaRepository<Blackout, Long> {

    List<Blackout> findAllByOrderByFromAscNameAsc();

    @Query("select b.name from Blackout b join b.nations n where n = ?1 order by b.from")
    List<String> findNamesConcerning(Nation nation);
}
