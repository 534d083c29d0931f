package org.jmatu.planner.planning.calendar.versions;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SavedCalendarRepository extends JpaRepository<SavedCalendar, Long> {

    List<SavedCalendar> findAllByOrderByCreatedAtDesc();

    Optional<SavedCalendar> findFirstByStatusOrderByPublishedAtDesc(SavedCalendar.Status status);

    @Query("select coalesce(max(p.id), 0) from SavedCalendar p")
    long maxId();

    long countByIdGreaterThanAndIdNot(long id, long excluded);
}
