package org.jmatu.planner.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Repeated wrong passwords over HTTP Basic lock the account: then even the right password is refused with 429
 * and Retry-After through the API, and the login form sends the browser back to the login page that says how
 * long to wait. A context of its own, with a lock after three failures (one free, then a one-second wait).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"planner.test.context=throttle", "spring.jpa.open-in-view=false", "vaadin.productionMode=true",
                "planner.sign-in.account.free-failures=1", "planner.sign-in.account.lock-after=3",
                "planner.sign-in.address.free-failures=1000", "planner.sign-in.address.lock-after=2000"})
class SignInThrottleHttpTest {

    @LocalServerPort
    int port;

    @Test
    void wrongPasswordsLockTheAccountForTheApiAndTheLoginForm() throws InterruptedException {
        Http http = new Http(port);
        assertThat(http.basic("GET", "/api/plan", "commander", "guess-1").statusCode()).isEqualTo(401);
        assertThat(http.basic("GET", "/api/plan", "commander", "guess-2").statusCode()).isEqualTo(401);

        HttpResponse<String> waiting = http.basic("GET", "/api/plan", "commander", "commander-demo");
        assertThat(waiting.statusCode()).as("second failure: a one-second wait").isEqualTo(429);
        Thread.sleep(1_100);
        assertThat(http.basic("GET", "/api/plan", "commander", "guess-3").statusCode()).isEqualTo(401);

        HttpResponse<String> locked = http.basic("GET", "/api/plan", "commander", "commander-demo");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
                seconds -> assertThat(seconds).isBetween(14 * 60L, 15 * 60L));
        assertThat(locked.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
        assertThat(locked.body()).contains("Too many failed sign-ins. Try again in 15 minutes.");

        HttpResponse<String> form = http.formSignIn("commander", "commander-demo", null);
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?locked=15"));

        assertThat(http.basic("GET", "/api/plan", "planner", "planner-demo").statusCode())
                .as("another account from the same address").isEqualTo(200);
    }
}
