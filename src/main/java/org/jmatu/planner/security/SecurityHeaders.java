package org.jmatu.planner.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The response headers both filter chains send. Spring Security's defaults (X-Content-Type-Options: nosniff,
 * X-Frame-Options: DENY, no caching of signed-in pages) stay on; to them come a Content-Security-Policy, a
 * Referrer-Policy that keeps addresses (which may hold data set keys and nation codes) inside the app, and a
 * Permissions-Policy that turns off the browser features the planner never uses.
 */
public final class SecurityHeaders {

    /**
     * What Vaadin Flow's client needs: its bootstrap page has inline scripts, it runs the server's JavaScript
     * calls through {@code new Function} ('unsafe-eval'), its components and vis-timeline set inline styles, and
     * milsymbol's symbols and the chart exports are data: and blob: images. Everything else comes from the app
     * itself, push included ('self' covers the same host's WebSocket).
     */
    static final String VIEWS_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The API answers data, never pages to run; only its Swagger UI loads its own scripts and styles. */
    public static final String API_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(),"
            + " interest-cohort=()";

    private SecurityHeaders() {
    }

    public static Customizer<HeadersConfigurer<HttpSecurity>> with(String contentSecurityPolicy) {
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(Customizer.withDefaults())
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
    }
}
