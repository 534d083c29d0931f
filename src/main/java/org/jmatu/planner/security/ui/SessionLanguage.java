package org.jmatu.planner.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.LanguagePreference;
import org.jmatu.planner.shared.Language;
import org.springframework.stereotype.Component;

/**
 * Puts the signed-in user's language on their session once, at the first page after sign-in; every later UI of
 * the session starts in the session's locale. Before sign-in Vaadin has already set the session's locale from the
 * browser's {@code Accept-Language}, so the login page follows the browser.
 */
@Component
class SessionLanguage implements VaadinServiceInitListener {

    /** The user whose language the session carries, so that it is read once per sign-in, not on every page. */
    private static final String APPLIED_FOR = SessionLanguage.class.getName() + ".user";

    private final LanguagePreference preference;

    SessionLanguage(LanguagePreference preference) {
        this.preference = preference;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> CurrentUser.get().ifPresent(user -> {
            VaadinSession session = init.getUI().getSession();
            if (!user.getUsername().equals(session.getAttribute(APPLIED_FOR))) {
                preference.current().ifPresent(language -> use(session, language));
                session.setAttribute(APPLIED_FOR, user.getUsername());
            }
        }));
    }

    /** Switches the session and all its open UIs to this language. */
    static void use(VaadinSession session, Language language) {
        session.setLocale(language.locale());
    }
}
