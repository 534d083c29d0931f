package org.jmatu.planner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who may call what: anonymous calls are challenged, wrong roles refused, and no call opens a session. */
class ApiAccessTest extends ApiTestSupport {

    private record Call(String method, String path) {
    }

    private static final List<Call> EVERY_OPERATION = List.of(new Call("GET", "/api/scenario"),
            new Call("PUT", "/api/scenario?name=Copy"), new Call("GET", "/api/plan"), new Call("POST", "/api/solve"),
            new Call("GET", "/api/solve"), new Call("DELETE", "/api/solve"), new Call("POST", "/api/check"),
            new Call("GET", "/api/calendar/KAZ.ics"));

    @Test
    void anAnonymousCallIsChallengedForHttpBasic() {
        for (Call call : EVERY_OPERATION) {
            HttpResponse<String> response = call(call, ApiClient.ANONYMOUS);

            assertThat(response.statusCode()).as(call.toString()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(call.toString())
                    .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic realm="));
            assertThat(ApiClient.json(response).get("title").asString()).isEqualTo("Sign-in needed");
        }
    }

    /** Title and detail follow Accept-Language; status and the rest stay as they are. */
    @Test
    void problemDetailsAreInTheLanguageTheCallerAsksFor() {
        HttpResponse<String> anonymous = api.getReading("zh-CN,zh;q=0.9,en;q=0.8", "/api/scenario", ApiClient.ANONYMOUS);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(ApiClient.json(anonymous).get("title").asString()).isEqualTo("需要登录");
        assertThat(ApiClient.json(anonymous).get("detail").asString()).contains("HTTP Basic").contains("用户名");

        HttpResponse<String> missing = api.getReading("zh", "/api/calendar/XYZ.ics", PLANNER);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(missing).get("title").asString()).isEqualTo("未找到");
        assertThat(ApiClient.json(missing).get("detail").asString()).contains("联络官");

        HttpResponse<String> english = api.getReading("fr, de;q=0.5", "/api/calendar/XYZ.ics", PLANNER);
        assertThat(ApiClient.json(english).get("title").asString()).isEqualTo("Not found");
    }

    @Test
    void aWrongPasswordIsChallengedToo() {
        HttpResponse<String> response = api.send("GET", "/api/scenario", "planner-typo",
                java.net.http.HttpRequest.BodyPublishers.noBody(), null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
    }

    @Test
    void aCommanderReadsButNeitherImportsNorSolves() {
        assertThat(call(new Call("GET", "/api/scenario"), COMMANDER).statusCode()).isEqualTo(200);
        assertForbidden(COMMANDER, new Call("PUT", "/api/scenario?name=Copy"), new Call("POST", "/api/solve"),
                new Call("DELETE", "/api/solve"));
    }

    @Test
    void aLiaisonOfficerGetsOnlyTheCalendarFeed() {
        assertForbidden(liaison("KGZ"), new Call("GET", "/api/scenario"), new Call("PUT", "/api/scenario?name=Copy"),
                new Call("GET", "/api/plan"), new Call("POST", "/api/solve"), new Call("GET", "/api/solve"),
                new Call("DELETE", "/api/solve"), new Call("POST", "/api/check"));
    }

    @Test
    void theAdministratorKeepsAccountsOnly() {
        assertForbidden(ADMIN, EVERY_OPERATION.toArray(Call[]::new));
    }

    @Test
    void anUnknownApiAddressIsNotFoundNotAView() {
        HttpResponse<String> response = call(new Call("GET", "/api/no-such-thing"), PLANNER);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void noCallOpensASession() {
        HttpResponse<String> response = call(new Call("GET", "/api/plan"), PLANNER);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    private void assertForbidden(String user, Call... calls) {
        for (Call call : calls) {
            HttpResponse<String> response = call(call, user);

            assertThat(response.statusCode()).as(user + " " + call).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(ApiClient.json(response).get("detail").asString()).as(user + " " + call).isNotBlank();
        }
    }

    /** Each call with a body its operation accepts, so that only the role decides. */
    private HttpResponse<String> call(Call call, String user) {
        return call.method().equals("PUT") || call.path().equals("/api/check")
                ? api.sendJson(call.method(), call.path(), user, "{}")
                : api.send(call.method(), call.path(), user, java.net.http.HttpRequest.BodyPublishers.noBody(), null);
    }
}
