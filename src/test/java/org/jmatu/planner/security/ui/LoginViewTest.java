package org.jmatu.planner.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.WebAttributes;

/** A sign-in that failed because the database is away says so, instead of suggesting a wrong password. */
@SpringBootTest
class LoginViewTest extends KaribuTest {

    @Test
    void aSignInTheDatabaseCouldNotCheckSaysTheDatabaseIsAway() {
        signOutRequest();
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new InternalAuthenticationServiceException("no connection",
                        new DataAccessResourceFailureException("Connection is not available, request timed out")));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = LocatorJ._get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Database unavailable").contains("The database cannot be reached, so no sign-in can be checked now. Try again in a moment.");
    }

    @Test
    void aWrongPasswordKeepsTheUsualMessage() {
        signOutRequest();
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new BadCredentialsException("Bad credentials"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = LocatorJ._get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).doesNotContain("Database unavailable");
    }

    /** The texts the login form's web component shows, as the server sent them. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
