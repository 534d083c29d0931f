package org.jmatu.planner.growth;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GrowthScheduleRepository extends JpaRepository<GrowthSchedule, Long> {

    @Query("select s.version from GrowthSchedule s")
    int version();

    /**
     * Moves the set from {@code version} to the next: 1 when it was still at {@code version}, 0 when someone saved
     * since. The row stays locked until the transaction ends, so a second save at the same moment waits for this one
     * and then finds the version moved on.
     */
    @Modifying
    @Query("update GrowthSchedule s set s.version = s.version + 1 where s.version = :version")
    int claim(@Param("version") int version);
}
