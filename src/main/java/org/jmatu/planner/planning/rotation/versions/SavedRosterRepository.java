package org.jmatu.planner.planning.rotation.versions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SavedRosterRepository extends JpaRepository<SavedRoster, Long> {

    List<SavedRoster> findAllByOrderByPlanNumberDesc();

    Optional<SavedRoster> findFirstByStatusInOrderByPlanNumberDesc(Collection<SavedRoster.Status> statuses);

    @Query("select coalesce(max(p.planNumber), 0) from SavedRoster p")
    int maxPlanNumber();
}
