package org.jmatu.planner.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Set;
import org.jmatu.planner.shared.EquipmentStandard;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.NationRole;
import org.jmatu.planner.shared.Rank;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

@DataJpaTest
class PersonRepositoryTest {

    @Autowired
    EntityManager entityManager;

    @Autowired
    PersonRepository people;

    Nation usa;
    Nation kaz;
    Skill logistics;

    @BeforeEach
    void nominees() {
        usa = persist(new Nation("USA", "United States", NationRole.GLOBAL_POWER, EquipmentStandard.NATO, 2, 2, 0.2));
        kaz = persist(new Nation("KAZ", "Kazakhstan", NationRole.FRAMEWORK, EquipmentStandard.SOVIET, 2, 4, 0.4));
        logistics = persist(new Skill("LOGISTICS", "Logistics"));
        Person logistician = new Person("USA-0001", "Jordan Reyes", usa, Rank.OF_4, 5,
                LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31));
        logistician.setSkills(Set.of(logistics));
        persist(logistician);
        persist(new Person("KAZ-0001", "Aibek Nurlanov", kaz, Rank.OF_5, 3,
                LocalDate.of(2026, 6, 1), LocalDate.of(2030, 12, 31)));
        entityManager.flush();
        entityManager.clear();
    }

    @Test
    void filtersByNationRankSkillAvailabilityAndText() {
        assertThat(codes(new PersonFilter(usa, null, null, null, null))).containsExactly("USA-0001");
        assertThat(codes(new PersonFilter(null, Rank.OF_5, null, null, null))).containsExactly("KAZ-0001");
        assertThat(codes(new PersonFilter(null, null, logistics, null, null))).containsExactly("USA-0001");
        assertThat(codes(new PersonFilter(null, null, null, LocalDate.of(2026, 7, 1), null))).containsExactly("KAZ-0001");
        assertThat(codes(new PersonFilter(null, null, null, null, "reyes"))).containsExactly("USA-0001");
        assertThat(codes(PersonFilter.none())).containsExactly("KAZ-0001", "USA-0001");
    }

    @Test
    void countsAndNamesTheHoldersOfASkill() {
        assertThat(people.countHolding(logistics)).isEqualTo(1);
        assertThat(people.countByNation(kaz)).isEqualTo(1);
    }

    private java.util.List<String> codes(PersonFilter filter) {
        return people.findAll(filter.toSpecification(), PageRequest.of(0, 10, Sort.by("code")))
                .map(Person::getCode).getContent();
    }

    private <T> T persist(T entity) {
        entityManager.persist(entity);
        return entity;
    }
}
