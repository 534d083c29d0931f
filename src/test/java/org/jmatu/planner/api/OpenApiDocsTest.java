package org.jmatu.planner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document and its Swagger UI, open to read without signing in. */
class OpenApiDocsTest extends ApiTestSupport {

    @Test
    void theDocumentListsEveryOperationWithHttpBasic() {
        HttpResponse<String> response = api.get("/api/docs", ApiClient.ANONYMOUS);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode docs = ApiClient.json(response);
        assertThat(docs.get("openapi").asString()).startsWith("3.");
        List<String> operations = new ArrayList<>();
        docs.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(operation -> operations.add(operation.getKey().toUpperCase() + " " + path.getKey())));
        assertThat(operations).contains("GET /api/scenario", "PUT /api/scenario", "GET /api/plan", "POST /api/solve",
                "GET /api/solve", "DELETE /api/solve", "POST /api/check", "GET /api/calendar/{nation}.ics",
                "GET /api/data-sets", "GET /api/burden-sharing", "GET /api/growth",
                "GET /api/sourcing/requests", "POST /api/sourcing/requests/{id}/offers",
                "POST /api/sourcing/requests/{id}/decline", "POST /api/sourcing/requests/{id}/accept");
        assertThat(operations).allSatisfy(operation -> assertThat(operation).contains(" /api/"));
        assertThat(docs.at("/components/securitySchemes/basic/scheme").asString()).isEqualTo("basic");
        assertThat(docs.at("/paths/~1api~1solve/post/summary").asString()).isEqualTo("Start a solve (planners)");
    }

    @Test
    void theSwaggerUiOpens() {
        HttpResponse<String> response = api.get("/api/docs/ui", ApiClient.ANONYMOUS);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("swagger-ui");
    }
}
