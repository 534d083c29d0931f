package org.jmatu.planner.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin needs a session to show even the login page, so every anonymous visit makes one; such a session is
 * kept only {@link #ANONYMOUS} after its last request (an open login page keeps it alive with Vaadin's
 * five-minute heartbeat), not the signed-in session's 30 minutes, so that a flood of anonymous page views does
 * not pile up sessions. Signing in gives the session the full timeout back.
 */
class AnonymousSessionTimeout extends OncePerRequestFilter {

    static final Duration ANONYMOUS = Duration.ofMinutes(10);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        int anonymousSeconds = (int) ANONYMOUS.toSeconds();
        if (!signedIn()) {
            if (session.isNew()) {
                session.setMaxInactiveInterval(anonymousSeconds);
            }
        } else if (session.getMaxInactiveInterval() == anonymousSeconds) {
            session.setMaxInactiveInterval(request.getServletContext().getSessionTimeout() * 60);
        }
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
