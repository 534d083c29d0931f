package org.jmatu.planner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** GET /api/burden-sharing and GET /api/growth on the demo unit. */
class GrowthAndBurdenApiTest extends ApiTestSupport {

    @Test
    void burdenSharingAnswersOneRowPerNationWithItsSharesAsFractions() {
        HttpResponse<String> response = api.get("/api/burden-sharing?year=2028", COMMANDER);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode rows = ApiClient.json(response);
        List<String> nations = new ArrayList<>();
        double agreed = 0;
        for (JsonNode row : rows) {
            nations.add(row.get("nation").asString());
            agreed += row.get("agreedShare").asDouble();
            assertThat(row.get("year").asInt()).isEqualTo(2028);
            assertThat(row.get("contributedShare").asDouble()).isBetween(0.0, 1.0);
            assertThat(row.has("contributed") && row.has("due") && row.has("balance")).isTrue();
        }
        assertThat(nations).containsExactlyInAnyOrder("KAZ", "USA", "RUS", "CHN", "KGZ", "UZB", "TJK");
        assertThat(agreed).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void aYearOutsideTheHorizonOrNoYearAtAllIsAProblem() {
        assertThat(api.get("/api/burden-sharing?year=2040", PLANNER).statusCode()).isEqualTo(404);
        HttpResponse<String> notAYear = api.get("/api/burden-sharing?year=next", PLANNER);
        assertThat(notAYear.statusCode()).isEqualTo(400);
        assertThat(notAYear.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(api.get("/api/burden-sharing?year=2027", liaison("KGZ")).statusCode()).isEqualTo(403);
    }

    @Test
    void growthAnswersThePhasesAndTheStrengthByPeriod() {
        HttpResponse<String> response = api.get("/api/growth", PLANNER);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode growth = ApiClient.json(response);
        assertThat(growth.get("phases").isArray()).isTrue();
        assertThat(growth.get("strength")).hasSize(6);
        assertThat(growth.get("strength").get(0).get("posts").asInt()).isPositive();
        assertThat(growth.get("strength").get(0).get("needsByNation").has("KAZ")).isTrue();
    }
}
