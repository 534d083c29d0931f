package org.jmatu.planner.staffing;

import java.util.List;
import java.util.Optional;
import org.jmatu.planner.shared.Nation;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PostRepository extends JpaRepository<Post, Long> {

    Optional<Post> findByCode(String code);

    List<Post> findAllByOrderBySectionAscDisplayOrderAscCodeAsc();

    @Query("select p.code from Post p join p.skills s where s = ?1 order by p.code")
    List<String> findCodesRequiring(Skill skill);

    @Query("select p.code from Post p join p.sourcingNations n where n = ?1 order by p.code")
    List<String> findCodesSourcedFrom(Nation nation);
}
