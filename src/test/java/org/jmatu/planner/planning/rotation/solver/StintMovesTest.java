package org.jmatu.planner.planning.rotation.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.CHN;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.RUS;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.USA;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.person;
import static org.jmatu.planner.planning.rotation.solver.RotationFixtures.rotating;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jmatu.planner.planning.rotation.domain.NationFact;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.PostFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.shared.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;

/** The custom moves of the rotation's local search: what they change, and that undoing them restores the roster. */
class StintMovesTest {

    private static final int PERIODS = 4;

    private final PostFact dcdr = rotating("DCDR");
    private final PostFact xo = rotating("XO");
    private final Map<String, PersonFact> people = new HashMap<>();
    private final List<RotationSlot> slots = new ArrayList<>();
    @SuppressWarnings("unchecked")
    private final ScoreDirector<RotationSolution> scoreDirector = mock(ScoreDirector.class);

    /** Two command posts over four periods; two nominees of each power may hold either, in any period. */
    @BeforeEach
    void roster() {
        for (NationFact nation : List.of(USA, RUS, CHN)) {
            for (int serial = 1; serial <= 2; serial++) {
                String id = nation.code() + "-" + serial;
                people.put(id, person(id, nation));
            }
        }
        addRow(dcdr, "USA-1", "USA-1", "RUS-1", "RUS-1");
        addRow(xo, "RUS-2", "CHN-1", "CHN-1", "USA-2");
        slots.getFirst().pin(people.get("USA-1"));
        RotationSolution solution = new RotationSolution("test", 14, List.of(), List.of(USA, RUS, CHN),
                List.of(dcdr, xo), List.copyOf(people.values()), slots);
        when(scoreDirector.getWorkingSolution()).thenReturn(solution);
    }

    private void addRow(PostFact post, String... holders) {
        for (int period = 0; period < PERIODS; period++) {
            RotationSlot slot = new RotationSlot(post, Period.of(RotationFixtures.START, 6, period),
                    RotationFixtures.HANDOVER, List.copyOf(people.values()));
            slot.setPerson(people.get(holders[period]));
            slots.add(slot);
        }
    }

    @Test
    void stintMoveGivesConsecutiveOpenSlotsOfOnePostToOneNominee() {
        StintMoveFactory factory = new StintMoveFactory();
        factory.phaseStarted(scoreDirector);
        Iterator<StintMove> moves = factory.createRandomMoveIterator(scoreDirector, new Random(7));
        for (int i = 0; i < 200; i++) {
            StintMove move = moves.next();
            List<RotationSlot> stint = move.getPlanningEntities();
            assertThat(stint).isNotEmpty().hasSizeLessThanOrEqualTo(2).noneMatch(RotationSlot::isPinned);
            assertThat(stint).extracting(RotationSlot::getPost).containsOnly(stint.getFirst().getPost());
            for (int at = 1; at < stint.size(); at++) {
                assertThat(stint.get(at).getPeriodIndex()).isEqualTo(stint.get(at - 1).getPeriodIndex() + 1);
            }
            assertThat(move.getPlanningValues()).hasSize(1);
        }
    }

    @Test
    void nationSwapTradesTheNationsOfTwoKeyPostsOverTheSamePeriods() {
        NationSwapMoveFactory factory = new NationSwapMoveFactory();
        factory.phaseStarted(scoreDirector);
        Iterator<StintMove> moves = factory.createRandomMoveIterator(scoreDirector, new Random(11));
        int swapped = 0;
        for (int i = 0; i < 200; i++) {
            StintMove move = moves.next();
            if (!move.isMoveDoable(scoreDirector)) {
                continue;
            }
            Map<RotationSlot, NationFact> before = new HashMap<>();
            slots.forEach(slot -> before.put(slot, slot.getNation()));
            Move<RotationSolution> undo = move.doMove(scoreDirector);
            for (RotationSlot slot : move.getPlanningEntities()) {
                RotationSlot partner = partnerOf(slot);
                assertThat(slot.getNation()).isEqualTo(before.get(partner));
                assertThat(partner.getNation()).isEqualTo(before.get(slot)).isNotEqualTo(slot.getNation());
            }
            undo.doMove(scoreDirector);
            slots.forEach(slot -> assertThat(slot.getNation()).isEqualTo(before.get(slot)));
            swapped++;
        }
        assertThat(swapped).isPositive();
    }

    private RotationSlot partnerOf(RotationSlot slot) {
        PostFact other = slot.getPost().equals(dcdr) ? xo : dcdr;
        return slots.stream().filter(candidate -> candidate.getPost().equals(other)
                && candidate.getPeriodIndex() == slot.getPeriodIndex()).findFirst().orElseThrow();
    }
}
