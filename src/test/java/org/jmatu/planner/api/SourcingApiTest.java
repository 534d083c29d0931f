package org.jmatu.planner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jmatu.planner.planning.SlotNeeds.NomineeCheck;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.sourcing.RequestState;
import org.jmatu.planner.sourcing.SourcingRequest;
import org.jmatu.planner.sourcing.SourcingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The sourcing API: a liaison officer lists, offers on and declines only their own nation's requests (another
 * nation's answers as if it did not exist); a planner accepts; errors are problem details.
 */
class SourcingApiTest extends ApiTestSupport {

    private static final String KGZ = liaison("KGZ");

    @Autowired RosterVersionService rosters;
    @Autowired SourcingService sourcing;

    /** A published roster with every slot unfilled: a request for each. */
    @BeforeEach
    void publishEmptyRoster() {
        SignedInAs.planner();
        rosters.publish(rosters.saveDraft("API sourcing test", new RotationPlan(RotationPlan.FORMAT, "test", null,
                List.of(), List.of()), List.of(), null).id());
    }

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void aLiaisonOfficerListsOnlyTheirNationsRequests() {
        HttpResponse<String> ours = api.get("/api/sourcing/requests?state=OPEN", KGZ);
        assertThat(ours.statusCode()).isEqualTo(200);
        List<JsonNode> listed = new ArrayList<>();
        ApiClient.json(ours).forEach(listed::add);
        assertThat(listed).isNotEmpty().allSatisfy(request -> {
            assertThat(request.get("nations").toString()).contains("\"KGZ\"");
            assertThat(request.get("state").asString()).isEqualTo("OPEN");
        });
        assertThat(ApiClient.json(api.get("/api/sourcing/requests", PLANNER)).size()).isGreaterThan(listed.size());
        assertThat(api.get("/api/sourcing/requests?state=SOON", PLANNER).statusCode()).isEqualTo(400);
    }

    @Test
    void anotherNationsRequestAnswersAsIfItDidNotExist() {
        SourcingRequest notOurs = requests().stream().filter(request -> !request.asks("KGZ")).findFirst().orElseThrow();
        HttpResponse<String> offer = api.sendJson("POST", "/api/sourcing/requests/" + notOurs.getId() + "/offers", KGZ,
                "{\"person\": \"KGZ-0001\"}");
        HttpResponse<String> missing = api.sendJson("POST", "/api/sourcing/requests/999999/offers", KGZ,
                "{\"person\": \"KGZ-0001\"}");
        assertThat(offer.statusCode()).isEqualTo(404);
        assertThat(offer.body()).isEqualTo(missing.body().replace("999999", String.valueOf(notOurs.getId())));
        assertThat(offer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(api.sendJson("POST", "/api/sourcing/requests/" + notOurs.getId() + "/decline", KGZ,
                "{\"reason\": \"not ours\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void aLiaisonOfficerOffersAnEligibleNomineeAndAPlannerAcceptsIt() {
        SignedInAs.liaison("KGZ");
        Optional<SourcingRequest> answerable = Optional.empty();
        String person = null;
        for (SourcingRequest request : sourcing.requests()) {
            if (request.getState() != RequestState.OPEN) {
                continue;
            }
            Optional<NomineeCheck> eligible = sourcing.nominees(request.getId()).stream()
                    .filter(NomineeCheck::eligible).findFirst();
            if (eligible.isPresent()) {
                answerable = Optional.of(request);
                person = eligible.get().person();
                break;
            }
        }
        long id = answerable.orElseThrow().getId();
        String path = "/api/sourcing/requests/" + id;

        assertThat(api.sendJson("POST", path + "/offers", KGZ, "{}").statusCode()).isEqualTo(400);
        HttpResponse<String> offered = api.sendJson("POST", path + "/offers", KGZ, "{\"person\": \"" + person + "\"}");
        assertThat(offered.statusCode()).as(offered.body()).isEqualTo(200);
        assertThat(ApiClient.json(offered).get("state").asString()).isEqualTo("OFFERED");
        assertThat(ApiClient.json(offered).get("offeredBy").asString()).isEqualTo(KGZ);
        assertThat(api.sendJson("POST", path + "/offers", KGZ, "{\"person\": \"" + person + "\"}").statusCode())
                .isEqualTo(409);

        assertThat(api.post(path + "/accept", COMMANDER).statusCode()).isEqualTo(403);
        HttpResponse<String> accepted = api.post(path + "/accept", PLANNER);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(ApiClient.json(accepted).get("state").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void aLiaisonOfficerDeclinesWithAReasonAndAnIneligibleNomineeIsRefusedWithTheReason() {
        SignedInAs.liaison("KGZ");
        SourcingRequest request = sourcing.requests().stream()
                .filter(candidate -> candidate.getState() == RequestState.OPEN).findFirst().orElseThrow();
        Optional<NomineeCheck> ineligible = sourcing.nominees(request.getId()).stream()
                .filter(check -> !check.eligible()).findFirst();
        String path = "/api/sourcing/requests/" + request.getId();
        if (ineligible.isPresent()) {
            HttpResponse<String> refused = api.sendJson("POST", path + "/offers", KGZ,
                    "{\"person\": \"" + ineligible.get().person() + "\"}");
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(ApiClient.json(refused).get("detail").asString()).contains("cannot be offered");
        }
        assertThat(api.sendJson("POST", path + "/decline", KGZ, "{}").statusCode()).isEqualTo(400);
        HttpResponse<String> declined = api.sendJson("POST", path + "/decline", KGZ,
                "{\"reason\": \"No officer free before the summer\"}");
        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
        assertThat(ApiClient.json(declined).get("declineReason").asString()).isEqualTo("No officer free before the summer");
    }

    private List<SourcingRequest> requests() {
        SignedInAs.planner();
        return sourcing.requests();
    }
}
