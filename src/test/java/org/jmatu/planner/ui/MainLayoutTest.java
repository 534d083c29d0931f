package org.jmatu.planner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

class MainLayoutTest extends KaribuTest {

    @Test
    void theMenuListsTheDataViewsInGroupsAndOrder() {
        UI.getCurrent().navigate("nations");
        MainLayout layout = _get(MainLayout.class);

        assertThat(_get(layout, H1.class).getText()).isEqualTo("JMATU Staff Planner");
        List<SideNav> navs = _find(layout, SideNav.class);
        assertThat(navs).extracting(SideNav::getLabel).containsSubsequence("Staff", "Forces", "Exercises");
        assertThat(items(navs, "Staff")).containsExactly("Establishment", "Personnel", "Nations", "Skills");
        assertThat(items(navs, "Forces")).containsExactly("Companies", "Equipment types");
        assertThat(items(navs, "Exercises")).containsExactly("Training areas", "Exercises", "Blackouts");
    }

    @Test
    void theHeaderNamesTheUserAndRoleButNotHowTheySignedIn() {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication signedIn = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn.getPrincipal(), null,
                Stream.concat(signedIn.getAuthorities().stream(), Stream.of(new SimpleGrantedAuthority("FACTOR_PASSWORD")))
                        .toList()));

        UI.getCurrent().navigate("nations");

        assertThat(_get(MainLayout.class).signedIn.getText()).isEqualTo("planner (planner)");
    }

    private static List<String> items(List<SideNav> navs, String label) {
        return navs.stream().filter(nav -> label.equals(nav.getLabel())).findFirst().orElseThrow()
                .getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
