package org.jmatu.planner.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt, before the password is even looked at, while {@link SignInThrottle} makes its
 * account or client address wait: the login form's POST is sent back to the login page, which says how long to
 * wait; an HTTP Basic call gets 429 with Retry-After and a problem detail. Placed in both filter chains, before
 * their authentication filters.
 */
public class SignInThrottleFilter extends OncePerRequestFilter {

    static final String LOGIN_PATH = "/login";
    public static final String LOCKED_PARAMETER = "locked";

    private final SignInThrottle throttle;

    public SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean formSignIn = isFormSignIn(request);
        Optional<String> username = formSignIn ? Optional.ofNullable(request.getParameter("username"))
                : basicUsername(request);
        Optional<Duration> wait = username.flatMap(name -> throttle.waitFor(name, request.getRemoteAddr()));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long minutes = SignInBlock.minutesLeft(wait.get());
        if (formSignIn) {
            response.sendRedirect(request.getContextPath() + LOGIN_PATH + "?" + LOCKED_PARAMETER + "=" + minutes);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.get().toSeconds())));
        // the login page's words, in the language the client asks for
        ProblemResponses.write(request, response, HttpStatus.TOO_MANY_REQUESTS.value(), "login.locked.title",
                "login.locked.text", minutes);
    }

    private static boolean isFormSignIn(HttpServletRequest request) {
        return HttpMethod.POST.matches(request.getMethod())
                && (request.getContextPath() + LOGIN_PATH).equals(request.getRequestURI());
    }

    private static Optional<String> basicUsername(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(header.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return Optional.of(colon < 0 ? credentials : credentials.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            // Spring Security's own filter answers a malformed header; nothing to throttle here
            return Optional.empty();
        }
    }
}
