package org.jmatu.planner.planning.calendar;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SavedCalendarPlanRepository extends JpaRepository<SavedCalendarPlan, Long> {

    List<SavedCalendarPlan> findAllByOrderByCreatedAtDesc();

    Optional<SavedCalendarPlan> findFirstByStatusOrderByPublishedAtDesc(SavedCalendarPlan.Status status);

    @Query("select coalesce(max(p.id), 0) from SavedCalendarPlan p")
    long maxId();

    long countByIdGreaterThanAndIdNot(long id, long excluded);
}
