package org.jmatu.planner.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The role × operation matrix, generated from the OpenAPI document: every documented operation is called
 * anonymously (401), and by each role, which gets 403 exactly when the operation's documented roles
 * ({@code x-roles}) leave it out; and every answer's status is one the document lists for the operation. A
 * context of its own with a short solve budget, as the planner's POST /api/solve really starts one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"planner.test.context=role-matrix", "planner.api.solve-budget=2s",
                "spring.jpa.open-in-view=false", "vaadin.productionMode=true"})
class ApiRoleMatrixTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Each role's demo account (password: name + "-demo"). */
    private static final Map<String, String> ACCOUNTS = Map.of("PLANNER", "planner", "COMMANDER", "commander",
            "LIAISON", "liaison-kgz", "ADMIN", "admin");
    /** Values for the path variables: the live unit and the liaison officer's own nation. */
    private static final Map<String, String> PATH_VALUES = Map.of("{nation}", "KGZ", "{key}", "demo", "{id}", "1");

    private record Call(String method, String path, JsonNode operation) {
        /** The path with its variables filled in and its required query parameters given a value. */
        String concretePath() {
            String concrete = path;
            for (Map.Entry<String, String> value : PATH_VALUES.entrySet()) {
                concrete = concrete.replace(value.getKey(), value.getValue());
            }
            List<String> query = new ArrayList<>();
            operation.path("parameters").forEach(parameter -> {
                if ("query".equals(parameter.path("in").asString()) && parameter.path("required").asBoolean()) {
                    query.add(parameter.get("name").asString() + "=matrix-probe");
                }
            });
            return query.isEmpty() ? concrete : concrete + "?" + String.join("&", query);
        }

        List<String> roles() {
            List<String> roles = new ArrayList<>();
            operation.get("x-roles").forEach(role -> roles.add(role.asString()));
            return roles;
        }

        boolean documents(int status) {
            return operation.get("responses").has(Integer.toString(status));
        }
    }

    @LocalServerPort
    int port;

    @Test
    void everyDocumentedOperationAnswersEachRoleAsItsDocumentedRolesSay() {
        Http http = new Http(port);
        List<Call> calls = documentedCalls(http);
        assertThat(calls).hasSizeGreaterThanOrEqualTo(10);
        List<String> matrix = new ArrayList<>();
        for (Call call : calls) {
            HttpResponse<String> anonymous = http.send(request(http, call));
            assertThat(anonymous.statusCode()).as("anonymous %s %s", call.method(), call.path()).isEqualTo(401);
            for (Map.Entry<String, String> account : ACCOUNTS.entrySet()) {
                HttpResponse<String> answer = http.send(request(http, call).header("Authorization",
                        Http.basicCredentials(account.getValue(), account.getValue() + "-demo")));
                String cell = account.getKey() + " " + call.method() + " " + call.path() + " → " + answer.statusCode();
                matrix.add(cell);
                if (call.roles().contains(account.getKey())) {
                    assertThat(answer.statusCode()).as(cell + " " + answer.body()).isNotIn(401, 403);
                } else {
                    assertThat(answer.statusCode()).as(cell + " " + answer.body()).isEqualTo(403);
                }
                assertThat(call.documents(answer.statusCode())).as(cell + ": a status the document lists").isTrue();
                assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                        .as(cell).satisfiesAnyOf(type -> assertThat(answer.statusCode()).isLessThan(400),
                                type -> assertThat(type).startsWith("application/problem+json"));
            }
        }
        assertThat(matrix).hasSize(calls.size() * ACCOUNTS.size());
    }

    private static List<Call> documentedCalls(Http http) {
        JsonNode docs = JSON.readTree(http.send(http.request("/api/docs")).body());
        List<Call> calls = new ArrayList<>();
        docs.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                calls.add(new Call(operation.getKey().toUpperCase(), path.getKey(), operation.getValue()))));
        return calls;
    }

    /** The call with an empty JSON object as its body where it takes one: enough to pass the role check. */
    private static HttpRequest.Builder request(Http http, Call call) {
        HttpRequest.Builder request = http.request(call.concretePath());
        if (call.operation().has("requestBody")) {
            return request.header("Content-Type", "application/json")
                    .method(call.method(), HttpRequest.BodyPublishers.ofString("{}"));
        }
        return request.method(call.method(), HttpRequest.BodyPublishers.noBody());
    }
}
