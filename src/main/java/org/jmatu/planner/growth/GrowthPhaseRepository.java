package org.jmatu.planner.growth;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GrowthPhaseRepository extends JpaRepository<GrowthPhase, Long> {

    List<GrowthPhase> findAllByOrderByFirstPeriodAscNameAsc();
}
