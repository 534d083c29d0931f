package org.jmatu.planner.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import org.jmatu.planner.shared.I18n;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.GrantedAuthority;

/**
 * The shell every view opens in. The menu is read from the views' {@code @Menu} annotations, so a new view
 * appears here without this class knowing it; its order number also decides its group (see {@link MenuGroup}).
 *
 * <p>The header's controls are Spring beans of other modules ({@link HeaderControl}), which the production
 * build's scan for used components never reaches: the components they use are declared here with
 * {@code @Uses}, so that they load with the shell on every page rather than only with a view that happens to
 * use them too (without it the data-set chooser's select was missing outside the exercise calendar).
 */
@Layout
@Uses(Select.class)
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H2 viewTitle = new H2();
    final Span signedIn = new Span();
    final Button logout;

    public MainLayout(AuthenticationContext authentication, ObjectProvider<HeaderControl> headerControls) {
        setPrimarySection(Section.DRAWER);
        viewTitle.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        // who is signed in and as what, so a shared screen never leaves a doubt whose rights are in play
        signedIn.setText(getTranslation("header.signed-in", authentication.getPrincipalName().orElse(""),
                roles(authentication)));
        signedIn.addClassName("signed-in");
        signedIn.getStyle().set("margin-left", "auto").set("font-size", "var(--lumo-font-size-s)");
        logout = new Button(getTranslation("header.sign-out"), event -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.getStyle().set("margin-right", "var(--lumo-space-m)");
        addToNavbar(true, new DrawerToggle(), viewTitle);
        headerControls.orderedStream().flatMap(control -> control.create().stream()).forEach(control -> addToNavbar(true, control));
        addToNavbar(true, signedIn, logout);

        H1 appName = new H1(getTranslation("app.title"));
        appName.getStyle().set("font-size", "var(--lumo-font-size-l)")
                .set("margin", "var(--lumo-space-m) var(--lumo-space-m) 0");
        VerticalLayout menu = new VerticalLayout();
        menu.setPadding(false);
        menu.setSpacing(true);
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        for (MenuGroup group : MenuGroup.values()) {
            List<MenuEntry> members = entries.stream().filter(group::contains).toList();
            if (!members.isEmpty()) {
                menu.add(nav(group, members));
            }
        }
        addToDrawer(appName, new Scroller(menu));
    }

    private static String roles(AuthenticationContext authentication) {
        // only roles: a sign-in also grants how it was made (FACTOR_PASSWORD), which says nothing about rights
        return authentication.getGrantedAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(role -> role.substring("ROLE_".length()))
                .map(role -> I18n.t("enum.Role." + role)).sorted().collect(Collectors.joining(", "));
    }

    private static SideNav nav(MenuGroup group, List<MenuEntry> entries) {
        SideNav nav = new SideNav(I18n.t(group.key()));
        nav.setWidthFull();
        for (MenuEntry entry : entries) {
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(title(entry), entry.path())
                    : new SideNavItem(title(entry), entry.path(), new Icon(entry.icon()));
            nav.addItem(item);
        }
        return nav;
    }

    /**
     * A menu entry's words from the bundles under {@code menu.<route>} (the {@code @Menu} title stays as the
     * English the code reads by), so that every module's view is named in the user's language.
     */
    private static String title(MenuEntry entry) {
        return I18n.t("menu." + entry.path().replaceFirst("^/", ""));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
