package org.jmatu.planner.planning.rotation.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.scenario.generator.PlantedScenarios;
import org.jmatu.planner.scenario.generator.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * The roster half of the planted corpus (issue 13): the planted roster still fills every slot and keeps every hard
 * rule once the trap is set, and the trap is there: slots whose only eligible nominees besides the planted holder
 * hold other posts in that period, one of whom is the only free-standing choice for their own post.
 */
class PlantedRosterTest {

    @ParameterizedTest
    @CsvSource({"BATTALION, 1", "BATTALION, 6", "BRIGADE, 1", "BRIGADE, 17"})
    void plantedRosterFillsEverySlotWithinTheHardRules(Scale scale, long seed) {
        PlantedScenarios.Planted planted = PlantedScenarios.generate(scale, seed, false);
        RotationSolution solution = RotationMapper.toSolution(planted.scenario());
        RotationMapper.applyRows(solution, planted.roster().stream()
                .map(slot -> new PlanRow(slot.post(), slot.period(), slot.person())).toList(), Set.of());
        SolutionManager<RotationSolution, HardMediumSoftScore> manager = SolutionManager.create(SolverFactory.create(
                RotationSolverConfiguration.solverConfig(Duration.ofSeconds(1), Duration.ZERO)));
        HardMediumSoftScore score = manager.update(solution);
        assertThat(score.hardScore()).as(planted.scenario().name()).isZero();
        assertThat(score.mediumScore()).as(planted.scenario().name()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"BATTALION, 1, 4", "BATTALION, 2, 4", "BRIGADE, 1, 12"})
    void trappedSlotsOfferOnlyNomineesNeededElsewhere(Scale scale, long seed, int traps) {
        PlantedScenarios.Planted planted = PlantedScenarios.generate(scale, seed, false);
        RotationSolution solution = RotationMapper.toSolution(planted.scenario());
        Map<String, String> holder = new HashMap<>();
        Map<Integer, Set<String>> holdersIn = new HashMap<>();
        planted.roster().forEach(slot -> {
            holder.put(slot.post() + "@" + slot.period(), slot.person());
            holdersIn.computeIfAbsent(slot.period(), p -> new HashSet<>()).add(slot.person());
        });
        int trapped = 0;
        for (RotationSlot slot : solution.getSlots()) {
            List<PersonFact> nominees = slot.getNominees();
            String plantedHolder = holder.get(slot.getPost().id() + "@" + slot.getPeriodIndex());
            boolean onlyNeededElsewhere = nominees.size() > 1 && nominees.stream().allMatch(person ->
                    person.id().equals(plantedHolder) || holdersIn.get(slot.getPeriodIndex()).contains(person.id()));
            trapped += onlyNeededElsewhere ? 1 : 0;
        }
        assertThat(trapped).as(planted.scenario().name()).isGreaterThanOrEqualTo(traps);
    }
}
