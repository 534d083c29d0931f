package org.jmatu.planner.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** An anonymous visitor's session lives 10 minutes; once someone signs in it gets the full timeout back. */
class AnonymousSessionTimeoutTest {

    private final MockServletContext servletContext = new MockServletContext();

    @BeforeEach
    void anonymous() {
        // tests start signed in as a planner (SignedInAsPlanner); these start as an anonymous visitor
        SignedInAs.nobody();
        servletContext.setSessionTimeout(30);
    }

    @Test
    void aSessionMadeForAnAnonymousVisitIsShortLived() throws Exception {
        HttpSession session = visit(null);

        assertThat(session.getMaxInactiveInterval()).isEqualTo(600);
    }

    @Test
    void signingInGivesTheSessionTheFullTimeoutBack() throws Exception {
        HttpSession session = visit(null);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "planner", null, List.of(new SimpleGrantedAuthority("ROLE_PLANNER"))));

        visit(session);

        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
    }

    /** A request in {@code session}, or one during which the application makes a session, as Vaadin does. */
    private HttpSession visit(HttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", "/login");
        request.setSession(session);
        new AnonymousSessionTimeout().doFilter(request, new MockHttpServletResponse(),
                (req, res) -> ((HttpServletRequest) req).getSession(true));
        return request.getSession(false);
    }
}
