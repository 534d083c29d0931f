package org.jmatu.planner.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.jmatu.planner.security.PlannerUser;
import org.jmatu.planner.security.SignedInAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * Browserless UI tests on the real services and an in-memory database. Every view test extends this, so
 * they all share one Spring context; each test makes its own records under fresh codes (see
 * {@link TestData}) and never counts on what another test or the demo loader put there.
 */
@SpringBootTest
@Import(TestData.class)
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected TestData data;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.jmatu.planner");
        }
    }

    /**
     * A fresh UI in English, the language the tests read: nobody is signed in while it is made, so that the user a
     * previous test left in the thread does not put their account's language on this session.
     */
    @BeforeEach
    void mockVaadin() {
        SignedInAs.nobody();
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        signIn(SignedInAs.planner());
    }

    /**
     * Signs this user in for the rest of the test: the security context the services check, and the request's
     * principal and roles, which Vaadin's navigation access control reads when a view is opened.
     */
    public static void signIn(PlannerUser user) {
        SignedInAs.user(user.getUsername(), user.role(), user.nationCode());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(() -> user.getUsername());
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(role) || a.getAuthority().equals("ROLE_" + role)));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /** Leaves the request with no principal, as before sign-in. */
    protected static void signOutRequest() {
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
    }

    /** Opens the view as the router would, inside the main layout, and returns it. */
    protected static <V extends Component> V open(Class<V> view) {
        UI.getCurrent().navigate(view);
        return LocatorJ._get(view);
    }

    /** Clicks the one visible button with this text. */
    protected static void click(String text) {
        LocatorJ._click(LocatorJ._get(Button.class, spec -> spec.withText(text)));
    }

    /** The editor's status line, where the checks spanning several fields report. */
    protected static String formStatus() {
        return LocatorJ._get(Span.class, spec -> spec.withClasses("form-status")).getText();
    }

    public static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }
}
