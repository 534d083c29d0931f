package org.jmatu.planner.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.util.List;
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

    @BeforeEach
    void mockVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
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

    protected static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }
}
