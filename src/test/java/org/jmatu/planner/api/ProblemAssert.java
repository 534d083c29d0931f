package org.jmatu.planner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads the API's problem details back in tests. */
final class ProblemAssert {

    private ProblemAssert() {
    }

    /** The response is a problem detail of this status; gives its "problems" as "record | field | message" lines. */
    static List<String> problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode body = ApiClient.json(response);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("detail").asString()).isNotBlank();
        List<String> lines = new ArrayList<>();
        if (body.has("problems")) {
            body.get("problems").forEach(problem -> lines.add(problem.get("record").asString() + " | "
                    + problem.get("field").asString() + " | " + problem.get("message").asString()));
        }
        return lines;
    }
}
