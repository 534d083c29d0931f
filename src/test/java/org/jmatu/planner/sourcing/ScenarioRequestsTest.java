package org.jmatu.planner.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scenario files carry the pending requests: exported with the scenario (a liaison officer's: their nation's only),
 * stored again when a scenario is loaded; the solvers' scenario leaves them out.
 */
class ScenarioRequestsTest extends KaribuTest {

    @Autowired ScenarioExporter exporter;
    @Autowired ScenarioRequests store;
    @Autowired SourcingService sourcing;

    @Test
    void aScenarioFileCarriesThePendingRequestsAndLoadingOneStoresThem() {
        SourcingFixture fixture = new SourcingFixture(context).setUp();
        fixture.publish(List.of());
        String slot0 = fixture.post.getCode();

        Scenario file = exporter.forFile().orElseThrow();
        assertThat(file.sourcingRequests()).filteredOn(request -> request.post().equals(slot0)).isNotEmpty()
                .allSatisfy(request -> assertThat(request.state()).isEqualTo("OPEN"));
        assertThat(exporter.current().orElseThrow().sourcingRequests()).isEmpty();

        signIn(SignedInAs.liaison(fixture.outsider.getCode()));
        assertThat(exporter.forFile().orElseThrow().sourcingRequests())
                .allMatch(request -> request.nations().contains(fixture.outsider.getCode()));

        signIn(SignedInAs.planner());
        SourcingRequest first = fixture.openRequest(0);
        sourcing.request(first.getId());
        long before = sourcing.requests().stream().filter(request -> request.slotId().equals(first.slotId())).count();
        Scenario.SourcingRequest offered = new Scenario.SourcingRequest(slot0, 0, List.of(fixture.asked.getCode()),
                first.getDueDate(), "SECTION_CHIEF", "UNFILLED", null, "OFFERED", fixture.eligible.getCode(),
                fixture.asked.getCode());
        store.load(file.withSourcingRequests(List.of(offered)));
        assertThat(sourcing.requests()).filteredOn(request -> request.slotId().equals(first.slotId()))
                .hasSize((int) before + 1)
                .anySatisfy(request -> {
                    assertThat(request.getState()).isEqualTo(RequestState.OFFERED);
                    assertThat(request.getOfferedPerson()).isEqualTo(fixture.eligible.getCode());
                    assertThat(request.getPostTitle()).isEqualTo("Chief Test Cell");
                    assertThat(request.getRosterVersion()).isZero();
                });
    }
}
