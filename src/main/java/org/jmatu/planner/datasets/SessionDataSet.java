package org.jmatu.planner.datasets;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Optional;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;

/**
 * The data set a user chose for their web session. It is kept in the HTTP session rather than as a Vaadin
 * session attribute because downloads and uploads are served without the Vaadin session lock, and they must
 * read and write the same data set as the view that offers them. Vaadin makes the session current for every
 * request, event handler and {@code UI.access} callback, so the choice follows the user everywhere in the UI.
 */
final class SessionDataSet {

    private static final String ATTRIBUTE = SessionDataSet.class.getName();

    private SessionDataSet() {
    }

    static Optional<String> chosen() {
        // liaison officers check the live unit, whatever a shared session may have chosen before
        if (CurrentUser.hasRole(Role.LIAISON)) {
            return Optional.empty();
        }
        return httpSession().map(session -> (String) session.getAttribute(ATTRIBUTE));
    }

    static void choose(String key) {
        WrappedSession session = httpSession()
                .orElseThrow(() -> new IllegalStateException("a data set is chosen in a signed-in web session"));
        session.setAttribute(ATTRIBUTE, key);
    }

    private static Optional<WrappedSession> httpSession() {
        return Optional.ofNullable(VaadinSession.getCurrent()).map(VaadinSession::getSession);
    }
}
