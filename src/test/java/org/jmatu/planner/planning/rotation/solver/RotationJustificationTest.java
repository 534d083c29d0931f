package org.jmatu.planner.planning.rotation.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.CHN;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.KAZ;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.RUS;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.USA;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.anyPost;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.person;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.rotating;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.slot;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.jmatu.planner.planning.rotation.domain.NationFact;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.PostFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.planning.rotation.solver.justifications.RotationJustification;
import org.jmatu.planner.shared.Rank;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/** The explanation a planner reads: each justification's text, through OptaPlanner's score explanation. */
class RotationJustificationTest {

    private final RotationSolverService service = RotationSolverService.standalone();

    private final PostFact dcdr = rotating("DCDR");
    private final PostFact xo = rotating("XO");
    private final PostFact j4 = anyPost("J4");
    private final PersonFact usa1 = person("USA-1", USA);
    private final PersonFact chn1 = person("CHN-1", CHN);
    private final PersonFact rus1 = person("RUS-1", RUS);
    private final PersonFact rus2 = person("RUS-2", RUS);
    private final PersonFact kaz1 = person("KAZ-1", KAZ);
    private final PersonFact kaz2 = person("KAZ-2", KAZ);

    @Test
    void justificationsReadLikeAPlanner() {
        List<RotationSlot> slots = List.of(
                slot(dcdr, 0, usa1), slot(dcdr, 1, usa1), slot(dcdr, 2, usa1), slot(dcdr, 3, chn1),
                slot(xo, 2, rus1), slot(xo, 3, rus2),
                slot(j4, 2, kaz1), slot(j4, 3, kaz2), slot(j4, 4, kaz2), slot(j4, 5, null));
        RotationSolution solution = solution(List.of(KAZ, USA, RUS, CHN), List.of(usa1, chn1, rus1, rus2, kaz1, kaz2),
                slots);

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

    /** Every one of the roster's constraints explains its matches in a sentence naming the posts it concerns. */
    @Test
    void everyConstraintExplainsItselfInAPlannersSentence() {
        NationFact tjk = new NationFact("TJK", "Tajikistan", "CONTRIBUTOR", 2, 4, 0.1, 3.0); // holds no post
        PersonFact usa2 = person("USA-2", USA);
        PersonFact junior = new PersonFact("KAZ-3", "Officer KAZ-3", KAZ, Rank.OF_3, Set.of(), 1,
                LocalDate.of(2020, 1, 1), LocalDate.of(2028, 3, 1)); // unqualified and gone early
        RotationSlot baseline = slot(j4, 3, kaz2);
        baseline.setBaseline(kaz1);
        RotationSlot pinned = slot(j4, 6, null);
        pinned.pin(kaz2);
        pinned.setPerson(kaz1);
        List<RotationSlot> slots = List.of(
                slot(dcdr, 0, usa1), slot(dcdr, 1, usa1), slot(dcdr, 2, usa1), slot(dcdr, 3, chn1), // run, tour limit
                slot(dcdr, 4, kaz1), // sourcing
                slot(xo, 1, usa2), // key group with DCDR
                slot(xo, 2, rus1), slot(xo, 3, rus2), // hand-overs with DCDR
                slot(j4, 0, junior), // qualification, availability
                slot(j4, 1, usa1), // double booking
                slot(j4, 2, kaz1), // tour continuity
                baseline, slot(j4, 4, kaz2),
                slot(j4, 5, null), // unfilled
                pinned);
        RotationSolution solution = solution(List.of(KAZ, USA, RUS, CHN, tjk),
                List.of(usa1, usa2, chn1, rus1, rus2, kaz1, kaz2, junior), slots);

        ScoreExplanation<RotationSolution, HardMediumSoftScore> explanation = SolutionManager.<RotationSolution,
                HardMediumSoftScore>create(SolverFactory.create(RotationSolverConfiguration.solverConfig(
                Duration.ofSeconds(1), Duration.ofSeconds(1)))).explain(solution);

        List<ConstraintMatchTotal<HardMediumSoftScore>> matched = explanation.getConstraintMatchTotalMap().values()
                .stream().filter(total -> total.getConstraintMatchCount() > 0).toList();
        assertThat(matched).as("constraints with a match").hasSize(15);
        assertThat(matched.stream().flatMap(total -> total.getConstraintMatchSet().stream())
                .map(match -> ((RotationJustification) match.getJustification()).description())).contains(
                "J4 in 2028-H1: Officer KAZ-3 (KAZ OF-3) does not qualify (rank OF-3 outside OF-4..OF-5; lacks COMMAND;"
                        + " English 1 below 3)",
                "J4 in 2028-H1: Officer KAZ-3 (KAZ OF-3) is available 2020-01-01 to 2028-03-01, the slot needs"
                        + " 2027-12-18 to 2028-06-30",
                "Officer USA-1 (USA OF-4) holds both DCDR and J4 in 2028-H2",
                "DCDR in 2030-H1: KAZ may not source this post (only USA, RUS or CHN)",
                "XO in 2028-H2: USA already holds DCDR in that period",
                "J4 in 2031-H1 is pinned to Officer KAZ-2 (KAZ OF-4) but holds Officer KAZ-1 (KAZ OF-4)",
                "J4 in 2029-H2: the published plan has Officer KAZ-1 (KAZ OF-4), now Officer KAZ-2 (KAZ OF-4)",
                "KAZ holds 6 person-periods, its agreed share is 4",
                "TJK holds no post, its agreed share is 3 person-periods");
        for (ConstraintMatchTotal<HardMediumSoftScore> total : matched) {
            for (ConstraintMatch<HardMediumSoftScore> match : total.getConstraintMatchSet()) {
                assertThat((Object) match.getJustification()).as(total.getConstraintName())
                        .isInstanceOf(RotationJustification.class);
                RotationJustification justification = (RotationJustification) match.getJustification();
                String sentence = justification.description();
                assertThat(sentence).as(total.getConstraintName()).isNotBlank().doesNotContain("null");
                if (justification.slotIds().isEmpty()) { // a person's or a nation's rule: names the nation
                    assertThat(sentence).as(total.getConstraintName()).containsAnyOf("KAZ", "USA", "RUS", "CHN", "TJK");
                }
                for (String slotId : justification.slotIds()) {
                    assertThat(sentence).as(total.getConstraintName()).contains(slotId.substring(0, slotId.indexOf('@')));
                }
            }
        }
    }

    /** Ten half-year periods from 2028 and the posts DCDR, XO (rotating, one key group) and J4. */
    private RotationSolution solution(List<NationFact> nations, List<PersonFact> people, List<RotationSlot> slots) {
        return new RotationSolution("Justifications", RotationFixtures.HANDOVER,
                IntStream.range(0, 10).mapToObj(RotationFixtures::period).toList(), nations, List.of(dcdr, xo, j4),
                people, slots);
    }
}
