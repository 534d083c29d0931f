package org.jmatu.planner.staffing;

import java.util.List;
import java.util.Optional;
import org.jmatu.planner.shared.Nation;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long>, JpaSpecificationExecutor<Person> {

    Optional<Person> findByCode(String code);

    long countByNation(Nation nation);

    @Query("select p.code from Person p where p.nation = ?1 order by p.code")
    List<String> findCodesByNation(Nation nation, Limit limit);

    @Query("select count(p) from Person p join p.skills s where s = ?1")
    long countHolding(Skill skill);

    @Query("select p.code from Person p join p.skills s where s = ?1 order by p.code")
    List<String> findCodesHolding(Skill skill, Limit limit);
}
