package org.jmatu.planner.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import org.jmatu.planner.audit.AuditFilter;
import org.jmatu.planner.audit.AuditTrail;
import org.jmatu.planner.audit.AuditedKind;
import org.jmatu.planner.audit.Change;
import org.jmatu.planner.security.SignInBlock;
import org.jmatu.planner.security.SignInThrottle;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * An account locked after repeated failed sign-ins shows in the administrator's accounts view, the lock and its
 * lifting are in the audit trail, and the login page says how long to wait and carries the CSRF token.
 */
class SignInLocksViewTest extends KaribuTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired SignInThrottle throttle;
    @Autowired AuditTrail audit;

    @Test
    void anAdministratorSeesALockedAccountAndLiftsIt() {
        String name = "j3-watch-" + System.nanoTime() % 100000;
        for (int failure = 0; failure < 10; failure++) {
            // what Spring Security publishes for each wrong password, from the form and HTTP Basic alike
            events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                    UsernamePasswordAuthenticationToken.unauthenticated(name, "wrong"), new BadCredentialsException("bad")));
        }
        assertThat(throttle.waitFor(name, "10.1.1.1")).isPresent();

        signIn(SignedInAs.admin());
        AccountsView view = open(AccountsView.class);
        SignInBlock locked = GridKt._findAll(view.blocks).stream()
                .filter(block -> block.subject().equals("account " + name)).findFirst().orElseThrow();
        assertThat(locked.locked()).isTrue();
        view.blocks.select(locked);
        _click(view.lift);

        assertThat(throttle.waitFor(name, "10.1.1.1")).isEmpty();
        assertThat(GridKt._findAll(view.blocks)).extracting(SignInBlock::subject).doesNotContain("account " + name);
        List<Change> changes = audit.find(new AuditFilter(AuditedKind.SIGN_IN_LOCK, null, null, null)).stream()
                .filter(change -> change.record().equals("account " + name)).toList();
        assertThat(changes).extracting(Change::action).containsExactly("changed", "created");
        assertThat(changes.get(0).what()).contains("Lifted by: (none) → admin");
    }

    @Test
    void theLoginPageSaysHowLongToWait() {
        signOutRequest();
        UI.getCurrent().navigate("login", QueryParameters.of("locked", "15"));

        LoginView view = (LoginView) UI.getCurrent().getCurrentView();

        assertThat(view.form.isError()).isTrue();
        assertThat(view.i18n.getErrorMessage().getMessage())
                .isEqualTo("Too many failed sign-ins. Try again in 15 minutes.");
    }

    @Test
    void theLoginFormSendsTheSessionsCsrfToken() {
        VaadinServletRequest.getCurrent().setAttribute(CsrfToken.class.getName(),
                new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-of-this-session"));

        LoginView view = new LoginView();

        Input field = view.form.getChildren().filter(Input.class::isInstance).map(Input.class::cast)
                .findFirst().orElseThrow();
        assertThat(field.getElement().getAttribute("name")).isEqualTo("_csrf");
        assertThat(field.getValue()).isEqualTo("token-of-this-session");
        assertThat(field.getElement().getAttribute("slot")).isEqualTo("custom-form-area");
    }
}
