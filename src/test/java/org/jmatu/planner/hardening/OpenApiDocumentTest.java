package org.jmatu.planner.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OpenAPI document is valid to swagger-parser's own validator and says what a client needs: the roles of
 * every operation, the X-Data-Set header, a licence, and every error answer as an RFC 9457 problem detail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"planner.test.context=hardening", "spring.jpa.open-in-view=false", "vaadin.productionMode=true"})
class OpenApiDocumentTest {

    private static final List<String> ERRORS = List.of("401", "403", "404", "409", "413", "422");

    @LocalServerPort
    int port;

    SwaggerParseResult parsed;

    @BeforeEach
    void read() {
        Http http = new Http(port);
        parsed = new OpenAPIV3Parser().readContents(http.send(http.request("/api/docs")).body(), null, null);
    }

    @Test
    void theDocumentIsValid() {
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getInfo().getLicense().getName()).isNotBlank();
    }

    @Test
    void everyOperationStatesItsRolesTheDataSetHeaderAndItsErrorsAsProblemDetails() {
        OpenAPI api = parsed.getOpenAPI();
        List<String> errorsSeen = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String name = method + " " + path;
            assertThat(operation.getExtensions()).as(name).containsKey("x-roles");
            assertThat(operation.getParameters()).as(name).extracting(Parameter::getName).contains("X-Data-Set");
            assertThat(operation.getResponses()).as(name).containsKeys("401", "403");
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("4")) {
                    errorsSeen.add(status);
                    assertThat(response.getContent()).as(name + " " + status).containsOnlyKeys("application/problem+json");
                    assertThat(response.getContent().get("application/problem+json").getSchema().get$ref())
                            .isEqualTo("#/components/schemas/Problem");
                }
            });
        }));
        assertThat(errorsSeen).containsAll(ERRORS);
        assertThat(api.getComponents().getSchemas().get("Problem").getProperties())
                .containsKeys("title", "status", "detail", "problems");
    }

    @Test
    void aLiaisonOfficersOperationsAreTheCalendarFeedAndTheirNationsSourcingRequests() {
        Map<String, Operation> byName = new TreeMap<>();
        parsed.getOpenAPI().getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> byName.put(method + " " + path, operation)));

        assertThat(byName.entrySet().stream().filter(entry -> ((List<?>) entry.getValue().getExtensions()
                .get("x-roles")).contains("LIAISON")).map(Map.Entry::getKey).toList())
                .containsExactlyInAnyOrder("GET /api/calendar/{nation}.ics", "GET /api/sourcing/requests",
                        "POST /api/sourcing/requests/{id}/offers", "POST /api/sourcing/requests/{id}/decline");
    }
}
