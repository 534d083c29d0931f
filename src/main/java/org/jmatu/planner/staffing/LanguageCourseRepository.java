package org.jmatu.planner.staffing;

import java.util.List;
import java.util.Optional;
import org.jmatu.planner.shared.Nation;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LanguageCourseRepository extends JpaRepository<LanguageCourse, Long> {

    Optional<LanguageCourse> findByCode(String code);

    List<LanguageCourse> findAllByOrderByStartDateAscCodeAsc();

    @Query("select c.code from LanguageCourse c join c.nations n where n = ?1 order by c.code")
    List<String> findCodesOpenTo(Nation nation);
}
