package org.jmatu.planner.planning.rotation.solver;

import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.PostFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.CHN;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.KAZ;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.RUS;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.USA;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.anyPost;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.person;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.rotating;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.slot;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The explanation a planner reads: each justification's text, through OptaPlanner's score explanation. */
class RotationJustificationTest {

    private final RotationSolverService service = RotationSolverService.standalone();

    @Test
    void justificationsReadLikeAPlanner() {
        PostFact dcdr = rotating("DCDR");
        PostFact xo = rotating("XO");
        PostFact j4 = anyPost("J4");
        PersonFact usa1 = person("USA-1", USA);
        PersonFact chn1 = person("CHN-1", CHN);
        PersonFact rus1 = person("RUS-1", RUS);
        PersonFact rus2 = person("RUS-2", RUS);
        PersonFact kaz1 = person("KAZ-1", KAZ);
        PersonFact kaz2 = person("KAZ-2", KAZ);
        List<RotationSlot> slots = List.of(
                slot(dcdr, 0, usa1), slot(dcdr, 1, usa1), slot(dcdr, 2, usa1), slot(dcdr, 3, chn1),
                slot(xo, 2, rus1), slot(xo, 3, rus2),
                slot(j4, 2, kaz1), slot(j4, 3, kaz2), slot(j4, 4, kaz2), slot(j4, 5, null));
        RotationSolution solution = new RotationSolution("Justifications", RotationFixtures.HANDOVER,
                IntStream.range(0, 10).mapToObj(RotationFixtures::period).toList(),
                List.of(KAZ, USA, RUS, CHN), List.of(dcdr, xo, j4), List.of(usa1, chn1, rus1, rus2, kaz1, kaz2), slots);

        RotationExplanation explanation = service.explain(solution);

        assertThat(explanation.forSlot("DCDR@2")).contains(
                "Rotating post changes nation: DCDR: USA holds it 3 consecutive periods 2028-H1..2029-H1"
                        + " (at most 2 consecutive periods per nation)");
        assertThat(explanation.constraints()).filteredOn(line -> line.name().equals("Tour limit")).singleElement()
                .satisfies(line -> assertThat(line.examples()).containsExactly("Officer USA-1 (USA OF-4) serves"
                        + " 3 consecutive periods 2028-H1..2029-H1 (USA allows 2 consecutive periods)"));
        assertThat(explanation.forSlot("J4@2")).contains("Tour continuity: Officer KAZ-1 (KAZ OF-4) holds J4 for"
                + " 1 period 2029-H1, KAZ tours last 2 periods");
        assertThat(explanation.forSlot("J4@5")).contains("Active slot filled: J4 in 2030-H2 is unfilled"
                + " (0 eligible nominees)");
        assertThat(explanation.forSlot("XO@3")).contains("Staggered hand-overs: COMMAND_TEAM at the start of"
                + " 2029-H2: 2 posts change holder (DCDR, XO)");
    }
}
