package org.jmatu.planner.planning.calendar;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedCalendarPlanRepository extends JpaRepository<SavedCalendarPlan, Long> {

    List<SavedCalendarPlan> findAllByOrderByCreatedAtDesc();

    Optional<SavedCalendarPlan> findFirstByStatusOrderByPublishedAtDesc(SavedCalendarPlan.Status status);
}
