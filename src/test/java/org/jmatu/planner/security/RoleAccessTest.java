package org.jmatu.planner.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jmatu.planner.exercises.ExercisesService;
import org.jmatu.planner.exercises.TrainingArea;
import org.jmatu.planner.forces.Company;
import org.jmatu.planner.forces.ForcesService;
import org.jmatu.planner.planning.CurrentPlanService;
import org.jmatu.planner.planning.calendar.versions.CalendarVersionService;
import org.jmatu.planner.planning.rotation.domain.Gap;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.solver.RotationSolverService;
import org.jmatu.planner.planning.rotation.versions.RosterVersion;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.PersonFilter;
import org.jmatu.planner.staffing.PersonOutline;
import org.jmatu.planner.staffing.Post;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Each role's allowed actions work and its forbidden ones are refused by the services themselves, whatever a
 * view shows. Shares the Karibu tests' Spring context (and so its database).
 */
class RoleAccessTest extends KaribuTest {

    @Autowired StaffingService staffing;
    @Autowired ForcesService forces;
    @Autowired ExercisesService exercises;
    @Autowired NationService nations;
    @Autowired RosterVersionService rosters;
    @Autowired CalendarVersionService calendars;
    @Autowired RotationSolverService rotationSolver;
    @Autowired ScenarioExporter scenarios;
    @Autowired CurrentPlanService currentPlan;

    private final RotationPlan plan = new RotationPlan(RotationPlan.FORMAT, "Battalion", "0hard/0medium/-20soft",
            List.of(new PlanRow("CDR", 0, "KAZ-0001")), List.<Gap>of());

    @Test
    void aPlannerEditsEveryNationsDataAndPublishesButCannotApprove() {
        Nation nation = data.nation();
        Person person = data.person(nation);
        person.setName("Renamed by the planner");
        assertThat(staffing.save(person).getName()).isEqualTo("Renamed by the planner");
        RosterVersion draft = rosters.saveDraft("Battalion", plan, List.of(), null);
        assertThat(rosters.publish(draft.id()).published()).isTrue();

        assertThatThrownBy(() -> rosters.approve(draft.id(), "fine")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCommanderReadsEverythingApprovesOrReturnsButEditsNothing() {
        Nation nation = data.nation();
        Person person = data.person(nation);
        RosterVersion first = rosters.publish(rosters.saveDraft("Battalion", plan, List.of(), null).id());
        RosterVersion second = rosters.publish(rosters.saveDraft("Battalion", plan, List.of(), null).id());

        signIn(SignedInAs.commander());
        assertThat(staffing.findPerson(person.getCode())).contains(person);
        assertThat(staffing.countPeople(new PersonFilter(nation, null, null, null, null))).isEqualTo(1);
        RosterVersion approved = rosters.approve(first.id(), "Good to go");
        assertThat(approved.approved()).isTrue();
        assertThat(approved.reviewComment()).isEqualTo("Good to go");
        RosterVersion returned = rosters.returnWithComment(second.id(), "J4 gap in period 2");
        assertThat(returned.published()).isFalse();
        assertThat(returned.reviewComment()).isEqualTo("J4 gap in period 2");
        assertThatThrownBy(() -> rosters.approve(returned.id(), null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Only a published roster");

        person.setName("Renamed by the commander");
        assertThatThrownBy(() -> staffing.save(person)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staffing.save(Post.blank())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forces.save(Company.blank())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exercises.save(TrainingArea.blank())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> nations.save(nation)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rosters.saveDraft("x", plan, List.of(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rosters.publish(first.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendars.publish(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rotationSolver.stop()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLiaisonOfficerSeesAndEditsOnlyTheirOwnNationsNominees() {
        Nation own = data.nation();
        Nation other = data.nation();
        Person ours = data.person(own);
        Person theirs = data.person(other);

        signIn(SignedInAs.liaison(own.getCode()));
        assertThat(staffing.findPeople(PersonFilter.none(), Pageable.unpaged()).getContent())
                .isNotEmpty().allMatch(person -> person.getNation().equals(own)).contains(ours);
        assertThat(staffing.countPeople(new PersonFilter(other, null, null, null, null))).isZero();
        assertThat(staffing.findAllPeople()).isNotEmpty().allMatch(person -> person.getNation().equals(own));
        assertThat(staffing.findAllOutlines()).filteredOn(outline -> outline.code().equals(theirs.getCode()))
                .singleElement().extracting(PersonOutline::label).isEqualTo(other.getCode() + " · OF-3");
        assertThat(scenarios.export().personnel()).isNotEmpty().allMatch(person -> person.nation().equals(own.getCode()));
        assertThatThrownBy(() -> rotationSolver.solves()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(currentPlan::current).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staffing.findPerson(theirs.getCode())).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("may not read " + theirs.getCode())
                .hasMessageContaining("belongs to " + other.getCode());

        ours.setName("Edited by our liaison");
        assertThat(staffing.save(ours).getName()).isEqualTo("Edited by our liaison");
        Person nominee = new Person(ours.getCode() + "N", "New nominee", own, ours.getRank(), 2,
                ours.getAvailableFrom(), ours.getAvailableTo());
        assertThat(staffing.save(nominee).isNew()).isFalse();

        theirs.setName("Edited by a foreign liaison");
        assertThatThrownBy(() -> staffing.save(theirs)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("may not save " + theirs.getCode());
        theirs.setNation(own); // nor may it be pulled into the liaison's own nation
        assertThatThrownBy(() -> staffing.save(theirs)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staffing.delete(theirs)).isInstanceOf(AccessDeniedException.class);

        assertThatThrownBy(() -> rosters.publish(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rotationSolver.stop()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staffing.save(Post.blank())).isInstanceOf(AccessDeniedException.class);
        signIn(SignedInAs.planner());
        assertThat(staffing.findPerson(theirs.getCode()).orElseThrow().getName()).isEqualTo("Test Person");
    }

    @Test
    void onlyAnAdministratorKeepsAccounts(@Autowired AccountService accounts) {
        assertThatThrownBy(accounts::findAll).isInstanceOf(AccessDeniedException.class);
        signIn(SignedInAs.admin());
        accounts.create("liaison-test-" + System.nanoTime() % 100000, "a-long-secret", Role.LIAISON, "KAZ");
        assertThat(accounts.findAll()).extracting(Account::getUsername).contains("planner", "liaison-usa");
        assertThatThrownBy(() -> staffing.save(Post.blank())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInIsRefused() {
        SignedInAs.nobody();
        assertThatThrownBy(() -> staffing.save(Post.blank()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
