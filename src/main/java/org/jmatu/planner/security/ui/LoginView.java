package org.jmatu.planner.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import org.jmatu.planner.security.DatabaseAway;
import org.jmatu.planner.security.SignInThrottleFilter;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The only page open without signing in. Posts to Spring Security's login endpoint with the session's CSRF
 * token (a hidden field in the form's custom area, which the login form sends with its own fields), so that no
 * other site can sign a browser in to an account of its choosing. Says how long to wait after too many failures.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm form = new LoginForm();
    /** The form's texts as last set; kept here as the form does not hand them back. */
    LoginI18n i18n = texts();

    public LoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        csrfField().ifPresent(field -> form.getElement().appendChild(field.getElement()));
        add(new H1(getTranslation("app.title")), new Paragraph(getTranslation("login.intro")), form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }

    /** The form's own texts in the browser's language (the session's locale before anyone signs in). */
    private LoginI18n texts() {
        LoginI18n texts = LoginI18n.createDefault();
        texts.getForm().setTitle(getTranslation("login.title"));
        texts.getForm().setUsername(getTranslation("login.username"));
        texts.getForm().setPassword(getTranslation("login.password"));
        texts.getForm().setSubmit(getTranslation("login.submit"));
        texts.getErrorMessage().setTitle(getTranslation("login.error.title"));
        texts.getErrorMessage().setMessage(getTranslation("login.error.text"));
        return texts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        Optional<Long> lockedMinutes = parameters.getOrDefault(SignInThrottleFilter.LOCKED_PARAMETER, List.of())
                .stream().findFirst().flatMap(LoginView::minutes);
        i18n = texts();
        lockedMinutes.ifPresent(minutes -> {
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.locked.text", minutes));
        });
        boolean databaseAway = parameters.containsKey("error") && lastSignInFailure().filter(DatabaseAway::causedBy)
                .isPresent();
        if (databaseAway) {
            i18n.getErrorMessage().setTitle(getTranslation("login.database-away.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.database-away.text"));
        }
        form.setI18n(i18n);
        form.setError(lockedMinutes.isPresent() || parameters.containsKey("error"));
    }

    /** Why the last sign-in of this session failed, as Spring Security keeps it for the login page. */
    private static Optional<Throwable> lastSignInFailure() {
        return Optional.ofNullable(VaadinSession.getCurrent()).map(VaadinSession::getSession)
                .map(session -> session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .filter(Throwable.class::isInstance).map(Throwable.class::cast);
    }

    /** The session's CSRF token as the hidden field the login form submits; none outside a web request (tests). */
    private static Optional<Input> csrfField() {
        return Optional.ofNullable(VaadinServletRequest.getCurrent())
                .map(request -> (CsrfToken) request.getAttribute(CsrfToken.class.getName()))
                .map(token -> {
                    Input field = new Input();
                    field.setType("hidden");
                    field.getElement().setAttribute("name", token.getParameterName());
                    field.setValue(token.getToken());
                    field.getElement().setAttribute("slot", "custom-form-area");
                    return field;
                });
    }

    private static Optional<Long> minutes(String text) {
        try {
            long minutes = Long.parseLong(text);
            // the number only fills in a message, but a visitor can type any: keep it to what the throttle gives
            return minutes >= 1 && minutes <= 24 * 60 ? Optional.of(minutes) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
