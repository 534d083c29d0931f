package org.jmatu.planner.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.jmatu.planner.security.DatabaseAway;
import org.jmatu.planner.security.ProblemResponses;
import org.jmatu.planner.security.SecurityHeaders;
import org.jmatu.planner.security.SignInThrottle;
import org.jmatu.planner.security.SignInThrottleFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The API's own filter chain, before the views' one: HTTP Basic against the same accounts, no session and so
 * no cookie, hence no CSRF token either (the views' chain keeps both). The OpenAPI document and its Swagger UI
 * are open to read, as they describe the API and hold no data. Which role may call what is said on each
 * operation ({@code @RolesAllowed}). The error page of a refused API call (a wrong content type or method, which
 * Spring MVC refuses before any operation runs) belongs to this chain too, so that it shows its status rather
 * than the views' sign-in. Repeated failed sign-ins are slowed down and locked as on the login form (429 with
 * Retry-After), and the answers carry the same security headers as the views, with a stricter content policy.
 */
@Configuration
class ApiSecurityConfiguration {

    private static final String REALM = "JMATU staff planner";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, SignInThrottle throttle) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return http.securityMatcher(new OrRequestMatcher(paths.matcher("/api/**"), paths.matcher("/swagger-ui/**"),
                        ApiSecurityConfiguration::isErrorPageOfAnApiCall))
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/api/docs", "/api/docs/**", "/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(signInFirst()))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(signInFirst()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterBefore(new SignInThrottleFilter(throttle), BasicAuthenticationFilter.class)
                .headers(SecurityHeaders.with(SecurityHeaders.API_POLICY))
                .build();
    }

    private static boolean isErrorPageOfAnApiCall(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.ERROR
                && String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)).startsWith("/api/");
    }

    /**
     * 401 with the challenge a client needs, and a problem detail a person can read; but 503 when the password could
     * not be checked because the database is away, so that an outage does not look like a wrong password.
     */
    static AuthenticationEntryPoint signInFirst() {
        return (request, response, exception) -> {
            if (DatabaseAway.causedBy(exception)) {
                response.setHeader(HttpHeaders.RETRY_AFTER, "30");
                ProblemResponses.write(request, response, HttpStatus.SERVICE_UNAVAILABLE.value(),
                        "login.database-away.title", "login.database-away.text");
                return;
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED.value(), "problem.sign-in.title",
                    "problem.sign-in.detail");
        };
    }
}
