package org.jmatu.planner.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every answer carries and what the server refuses before any page or operation runs: security headers on
 * pages and API, the session cookie's attributes, oversized headers as problem details, and the login form's
 * CSRF check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"planner.test.context=hardening", "spring.jpa.open-in-view=false", "vaadin.productionMode=true"})
class HttpHardeningTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    @Test
    void theViewsAnswersCarryAContentPolicyVaadinWorksWithAndTheOtherSecurityHeaders() {
        // the views' filter chain writes the headers whatever the page answers (these tests run without a front-end
        // bundle, so Vaadin cannot render the page itself; the browser test opens the real pages under this policy)
        HttpResponse<String> page = http.send(http.request("/login"));

        assertThat(header(page, "Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'",
                "object-src 'none'", "form-action 'self'");
        assertSecurityHeaders(page);
    }

    @Test
    void apiAnswersCarryTheSecurityHeadersAndAStricterContentPolicy() {
        HttpResponse<String> refused = http.send(http.request("/api/plan"));
        HttpResponse<String> answered = http.basic("GET", "/api/scenario", "commander", "commander-demo");

        for (HttpResponse<String> response : List.of(refused, answered)) {
            assertThat(header(response, "Content-Security-Policy")).contains("script-src 'self';")
                    .doesNotContain("unsafe-eval");
            assertSecurityHeaders(response);
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        HttpResponse<String> page = http.send(http.request("/login"));

        String cookie = page.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void aLoginPostWithoutItsCsrfTokenSignsNobodyIn() {
        HttpResponse<String> response = http.formSignIn("planner", "planner-demo", null);

        // refused before the credentials are looked at: back to the sign-in page, not to the app ("/") as a
        // successful sign-in would be, nor to "/login?error" as wrong credentials would be
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(header(response, "Location")).matches("http://localhost:\\d+/login(;jsessionid=\\w+)?");
    }

    @Test
    void anOversizedHeaderIsAProblemDetailNotTomcatsPage() {
        HttpResponse<String> large = http.send(http.request("/api/plan").header("X-Probe", "x".repeat(20_000)));
        HttpResponse<String> huge = http.send(http.request("/login").header("X-Probe", "x".repeat(100_000)));

        assertThat(large.statusCode()).isEqualTo(431);
        assertThat(header(large, "Content-Type")).startsWith("application/problem+json");
        assertThat(large.body()).contains("\"status\":431", "'X-Probe'");
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(header(huge, "Content-Type")).startsWith("application/problem+json");
        assertThat(huge.body()).contains("\"status\":400").doesNotContainIgnoringCase("tomcat").doesNotContain("<html");
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(response, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(header(response, "Referrer-Policy")).isEqualTo("same-origin");
        assertThat(header(response, "Permissions-Policy")).contains("camera=()", "geolocation=()");
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("(none)");
    }
}
