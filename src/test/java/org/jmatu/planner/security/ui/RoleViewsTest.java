package org.jmatu.planner.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import org.jmatu.planner.planning.rotation.ui.NationRosterView;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.staffing.ui.PostsView;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, defect 6: the administrator and the liaison officer landed on the establishment with "New post", and
 * a planner-only address typed by a liaison officer gave a bare "Could not navigate to 'roster'" without the menu.
 * (The read-only forms are tested with the views, e.g. ReadOnlyEditingTest.)
 */
class RoleViewsTest extends KaribuTest {

    @Test
    void eachRoleLandsOnAViewItWorksIn() {
        signIn(SignedInAs.admin());
        UI.getCurrent().navigate("");
        _get(AccountsView.class);

        signIn(SignedInAs.liaison("USA"));
        UI.getCurrent().navigate("");
        _get(NationRosterView.class);

        signIn(SignedInAs.commander());
        UI.getCurrent().navigate("");
        _get(PostsView.class);
    }

    @Test
    void aPlannerOnlyAddressTypedByALiaisonOfficerIsRefusedInsideTheAppWithTheMenu() {
        signIn(SignedInAs.liaison("USA"));
        UI.getCurrent().navigate("roster");

        assertThat(_get(AccessDeniedView.class).explanation.getText()).contains("Your role may not open this page");
        assertThat(_find(SideNav.class)).isNotEmpty();
    }
}
