package org.jmatu.planner.growth;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.jmatu.planner.datasets.DataSetContext;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.shared.Period;
import org.springframework.stereotype.Service;

/**
 * The growth phases of the data set in use: read and saved as a set (the timeline edits them together; a save from a
 * set someone saved since is an edit conflict), and what they give: the strength over the horizon and what each phase
 * lacks, here or in another data set to compare with.
 */
@Service
@RolesAllowed({Role.PLANNER_NAME, Role.COMMANDER_NAME})
public class GrowthService {

    private final GrowthPhaseStore store;
    private final ScenarioExporter scenarios;

    GrowthService(GrowthPhaseStore store, ScenarioExporter scenarios) {
        this.store = store;
        this.scenarios = scenarios;
    }

    /** The phases as the timeline edits them: saved together, at the version they were read at. */
    public PhaseSet phaseSet() {
        return store.load();
    }

    /** The report of the data set in use; empty while no planning horizon is set up. */
    public Optional<GrowthReport> report() {
        return scenarios.current().map(GrowthService::report);
    }

    /** The report of another data set (a what-if), to set beside this one. */
    public Optional<GrowthReport> report(String dataSet) {
        return DataSetContext.callIn(dataSet, this::report);
    }

    /** The periods, sections, posts and companies of the data set in use; empty while no horizon is set up. */
    public Optional<PhaseChoices> choices() {
        return scenarios.current().map(scenario -> new PhaseChoices(
                IntStream.range(0, scenario.horizon().periods()).mapToObj(index -> Period.of(scenario.horizon().start(),
                        scenario.horizon().periodMonths(), index).label()).toList(),
                scenario.posts().stream().map(Scenario.Post::section).distinct().sorted().toList(),
                store.posts(), store.companies()));
    }

    static GrowthReport report(Scenario scenario) {
        return new GrowthReport(scenario.name(), scenario.growth().phasesInOrder(), GrowthStrength.byPeriod(scenario),
                GrowthStrength.shortfalls(scenario));
    }

    /** What keeps {@code phases} from being saved (none: they may be). */
    public List<PhaseProblem> problems(List<PhaseSet.Phase> phases) {
        int periods = scenarios.current().map(scenario -> scenario.horizon().periods()).orElse(0);
        List<PhaseProblem> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Map<String, String> owners = new HashMap<>();
        for (PhaseSet.Phase phase : phases) {
            if (phase.name() == null || phase.name().isBlank()) {
                problems.add(PhaseProblem.of("name-blank"));
            } else if (!names.add(phase.name())) {
                problems.add(PhaseProblem.of("name-taken", phase.name()));
            } else if (phase.name().length() > 60) {
                problems.add(PhaseProblem.of("name-long", phase.name(), 60));
            }
            if (phase.firstPeriod() < 0 || phase.firstPeriod() >= periods) {
                problems.add(PhaseProblem.of("first-period", phase.name(), phase.firstPeriod() + 1, periods));
            }
            Map<String, String> members = new LinkedHashMap<>();
            phase.sections().forEach(section -> members.put("section " + section, section));
            phase.posts().forEach(post -> members.put("post " + post.id(), post.code()));
            phase.companies().forEach(company -> members.put("company " + company.id(), company.code()));
            members.forEach((member, code) -> {
                String owner = owners.putIfAbsent(member, phase.name());
                if (owner != null) {
                    problems.add(PhaseProblem.of("member-twice", code, owner, phase.name()));
                }
            });
        }
        return problems;
    }

    /**
     * Saves the phases in place of the stored ones; the posts and companies that set no periods of their own follow
     * them from now on. Refused as an {@link org.jmatu.planner.shared.EditConflictException} (nothing written) when
     * someone saved the phases since {@code phases} was read; gives the set as now stored.
     */
    @RolesAllowed(Role.PLANNER_NAME)
    public PhaseSet savePhases(PhaseSet phases) {
        List<PhaseProblem> problems = problems(phases.phases());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the phases cannot be saved: " + problems);
        }
        return store.save(phases);
    }
}
