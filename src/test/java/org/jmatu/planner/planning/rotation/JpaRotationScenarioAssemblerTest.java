package org.jmatu.planner.planning.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jmatu.planner.forces.Company;
import org.jmatu.planner.forces.CompanyType;
import org.jmatu.planner.forces.EquipmentHolding;
import org.jmatu.planner.forces.EquipmentType;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.EquipmentStandard;
import org.jmatu.planner.shared.Horizon;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.NationRole;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.Post;
import org.jmatu.planner.staffing.Skill;
import org.jmatu.planner.staffing.SourcingRule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class JpaRotationScenarioAssemblerTest {

    @Autowired
    EntityManager entityManager;

    @Autowired
    RotationScenarioProvider scenarios;

    @Test
    void emptyWithoutAHorizon() {
        assertThat(scenarios.current()).isEmpty();
    }

    @Test
    void assemblesTheRotationPartOfTheScenarioFromTheDatabase() {
        Nation usa = persist(new Nation("USA", "United States", NationRole.GLOBAL_POWER, EquipmentStandard.NATO, 2, 2,
                0.2));
        Nation rus = persist(new Nation("RUS", "Russian Federation", NationRole.GLOBAL_POWER, EquipmentStandard.SOVIET,
                2, 2, 0.2));
        persist(new Horizon("Battalion 2027-2029", LocalDate.of(2027, 1, 1), 6, 6, 14));
        Skill command = persist(new Skill("COMMAND", "Command"));
        Post dcdr = new Post("DCDR", "Deputy Commander", "Command Group", Rank.OF_5, Rank.OF_5, 3, SourcingRule.ROTATING);
        dcdr.setSkills(Set.of(command));
        dcdr.setSourcingNations(Set.of(usa, rus));
        dcdr.setKeyGroup("COMMAND_TEAM");
        persist(dcdr);
        Post maint = new Post("MAINT-NATO", "NATO maintenance", "Maintenance and Supply", Rank.OF_2, Rank.OF_3, 2,
                SourcingRule.ANY);
        maint.setRequiresStandard(EquipmentStandard.NATO);
        persist(maint);
        Person person = new Person("USA-0001", "Jordan Reyes", usa, Rank.OF_5, 5, LocalDate.of(2026, 12, 1),
                LocalDate.of(2029, 12, 31));
        person.setSkills(Set.of(command));
        persist(person);
        EquipmentType m4 = persist(new EquipmentType("M4", "M4 carbine", usa, EquipmentStandard.NATO, Set.of(), null));
        Company company = new Company("USA-A", "A Company", usa, CompanyType.INFANTRY, 120, "Fort Carson", 38.7, -104.8);
        company.setAttachedPeriods(Set.of(1, 2));
        company.setEquipment(List.of(new EquipmentHolding(m4, 100)));
        persist(company);
        entityManager.flush();

        Scenario scenario = scenarios.current().orElseThrow();
        assertThat(scenario.horizon()).isEqualTo(new Scenario.Horizon(LocalDate.of(2027, 1, 1), 6, 6, 14));
        assertThat(scenario.nations()).extracting(Scenario.Nation::code).containsExactly("RUS", "USA");
        Scenario.Post deputy = scenario.posts().stream().filter(post -> post.id().equals("DCDR")).findFirst()
                .orElseThrow();
        assertThat(deputy.sourcing()).isEqualTo(new Scenario.Sourcing("ROTATING", List.of("RUS", "USA"),
                "COMMAND_TEAM", 2));
        assertThat(deputy.rankMin()).isEqualTo("OF-5");
        assertThat(scenario.personnel()).singleElement().extracting(Scenario.Person::skills)
                .isEqualTo(List.of("COMMAND"));

        RotationSolution solution = RotationMapper.toSolution(scenario);
        assertThat(solution.getSlots()).extracting(RotationSlot::getId).contains("DCDR@0", "MAINT-NATO@1",
                "MAINT-NATO@2").doesNotContain("MAINT-NATO@0", "MAINT-NATO@3");
        assertThat(solution.getSlots().getFirst().getNominees()).extracting(PersonFact::id).containsExactly("USA-0001");
    }

    private <T> T persist(T entity) {
        entityManager.persist(entity);
        return entity;
    }
}
