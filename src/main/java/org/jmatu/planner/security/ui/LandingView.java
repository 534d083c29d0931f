package org.jmatu.planner.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;

/**
 * The address after sign-in ("/"): sends each role on to the first view it works in, so that nobody lands on
 * a page meant for another role (the administrator on the establishment, a liaison officer on "New post").
 */
@Route("")
@PermitAll
public class LandingView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(landing());
    }

    /** By route, not view class: the views live in the modules that own their data, which this one does not know. */
    static String landing() {
        if (CurrentUser.hasRole(Role.PLANNER) || CurrentUser.hasRole(Role.COMMANDER)) {
            return "posts";
        }
        if (CurrentUser.hasRole(Role.LIAISON)) {
            return "my-nation-roster";
        }
        return CurrentUser.hasRole(Role.ADMIN) ? "accounts" : "login";
    }
}
