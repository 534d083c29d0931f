package org.jmatu.planner.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jmatu.planner.exercises.ui.ExercisesView;
import org.jmatu.planner.forces.ui.CompaniesView;
import org.jmatu.planner.orgchart.ui.OrgChartView;
import org.jmatu.planner.planning.calendar.ui.CalendarView;
import org.jmatu.planner.planning.rotation.ui.NationRosterView;
import org.jmatu.planner.planning.rotation.ui.RosterView;
import org.jmatu.planner.planning.ui.VersionComparisonView;
import org.jmatu.planner.security.ui.AccessDeniedView;
import org.jmatu.planner.security.ui.AccountsView;
import org.jmatu.planner.security.ui.LoginView;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.staffing.ui.NationsView;
import org.jmatu.planner.staffing.ui.PersonnelView;
import org.jmatu.planner.staffing.ui.PostsView;
import org.jmatu.planner.staffing.ui.SkillsView;
import org.jmatu.planner.ui.KaribuTest;
import org.jmatu.planner.ui.MainLayout;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Vaadin's navigation access control, fed the same roles, lets each role into its views and no further. */
class ViewAccessTest extends KaribuTest {

    @Autowired
    StaffingService staffing;

    @Test
    void aPlannerOpensTheDataAndPlanningViewsButNotTheAccounts() {
        assertReachable(PostsView.class, PersonnelView.class, SkillsView.class, NationsView.class,
                CompaniesView.class, ExercisesView.class, RosterView.class, CalendarView.class, OrgChartView.class);
        assertUnreachable(AccountsView.class, NationRosterView.class);
    }

    @Test
    void aCommanderReadsTheViewsButNotTheAccounts() {
        signIn(SignedInAs.commander());
        assertReachable(PostsView.class, PersonnelView.class, RosterView.class, OrgChartView.class, CompaniesView.class,
                VersionComparisonView.class);
        assertUnreachable(AccountsView.class);
    }

    @Test
    void aLiaisonOfficerOpensTheCalendarTheOrgChartAndTheirNationsPersonnelOnly() {
        Nation own = data.nation();
        Nation other = data.nation();
        Person ours = data.person(own);
        data.person(other);
        signIn(SignedInAs.liaison(own.getCode()));

        assertReachable(CalendarView.class, PostsView.class, NationRosterView.class, OrgChartView.class);
        UI.getCurrent().navigate(CalendarView.class);
        assertThat(_find(Button.class, spec -> spec.withText("Solve"))).isEmpty(); // reads, never solves
        assertThat(_find(Button.class, spec -> spec.withText("Compare versions"))).isEmpty();
        assertUnreachable(RosterView.class, SkillsView.class, NationsView.class, CompaniesView.class, ExercisesView.class,
                AccountsView.class, VersionComparisonView.class);

        UI.getCurrent().navigate(PersonnelView.class);
        @SuppressWarnings("unchecked")
        Grid<Person> grid = _get(Grid.class);
        List<Person> shown = GridKt._findAll(grid);
        assertThat(shown).contains(ours).allMatch(person -> person.getNation().equals(own));
    }

    /** The view no longer offers the commander editing (issue 15); the service refuses it all the same. */
    @Test
    void aCommanderGetsAReadOnlyFormAndTheServiceRefusesTheirEditAnyway() {
        Person person = data.person(data.nation());
        signIn(SignedInAs.commander());
        UI.getCurrent().navigate(PersonnelView.class);
        @SuppressWarnings("unchecked")
        Grid<Person> grid = _get(Grid.class);
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Code or name")), person.getCode());
        GridKt._clickItem(grid, 0, 0, false, false, false, false);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withText("Save"))).isEmpty();

        person.setName("Renamed by the commander");
        assertThatThrownBy(() -> staffing.save(person)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdministratorOpensTheAccountsButNoPersonnel() {
        signIn(SignedInAs.admin());
        assertReachable(AccountsView.class, PostsView.class);
        assertUnreachable(PersonnelView.class, RosterView.class, SkillsView.class);
    }

    @Test
    void theLayoutShowsWhoIsSignedInAndNobodyGetsPastTheLoginView() {
        signIn(SignedInAs.liaison("USA"));
        UI.getCurrent().navigate(PostsView.class);
        assertThat(_get(MainLayout.class).getElement().getTextRecursively()).contains("liaison-usa (liaison)");

        SignedInAs.nobody();
        signOutRequest();
        UI.getCurrent().navigate(PostsView.class);
        assertThat(_find(PostsView.class)).isEmpty();
        assertThat(_find(LoginView.class)).hasSize(1);
    }

    @SafeVarargs
    private static void assertReachable(Class<? extends Component>... views) {
        for (Class<? extends Component> view : views) {
            UI.getCurrent().navigate(view);
            assertThat(_find(view)).as(view.getSimpleName()).hasSize(1);
        }
    }

    @SafeVarargs
    private static void assertUnreachable(Class<? extends Component>... views) {
        for (Class<? extends Component> view : views) {
            // the router shows the app's access-denied page instead of the view
            UI.getCurrent().navigate(view);
            assertThat(_find(view)).as(view.getSimpleName()).isEmpty();
            _get(AccessDeniedView.class);
        }
    }
}
