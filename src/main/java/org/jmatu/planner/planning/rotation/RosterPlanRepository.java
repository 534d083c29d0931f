package org.jmatu.planner.planning.rotation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RosterPlanRepository extends JpaRepository<RosterPlan, Long> {

    List<RosterPlan> findAllByOrderByPlanNumberDesc();

    Optional<RosterPlan> findFirstByStatusInOrderByPlanNumberDesc(Collection<RosterPlan.Status> statuses);

    @Query("select coalesce(max(p.planNumber), 0) from RosterPlan p")
    int maxPlanNumber();
}
