package org.jmatu.planner.scenario.database;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.jmatu.planner.exercises.ExercisesService;
import org.jmatu.planner.forces.ForcesService;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.Horizon;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.staffing.StaffingService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the database into a scenario: what the solvers, exports and the command line work from. The personnel
 * are those the signed-in user may read, so a liaison officer's scenario holds only their own nation's nominees.
 */
@Service
public class ScenarioExporter {

    private final NationService nations;
    private final StaffingService staffing;
    private final ForcesService forces;
    private final ExercisesService exercises;
    private final ScenarioPins pins;
    private final ObjectProvider<PendingRequests> requests;

    ScenarioExporter(NationService nations, StaffingService staffing, ForcesService forces,
                     ExercisesService exercises, ScenarioPins pins, ObjectProvider<PendingRequests> requests) {
        this.nations = nations;
        this.staffing = staffing;
        this.forces = forces;
        this.exercises = exercises;
        this.pins = pins;
        this.requests = requests;
    }

    /**
     * The scenario to write as a file: the current one with its pending sourcing requests. The solvers' scenario
     * ({@link #current()}) leaves them out, since they change with every answer and a solve does not use them.
     */
    @Transactional(readOnly = true)
    public Optional<Scenario> forFile() {
        return current().map(scenario -> scenario.withSourcingRequests(
                requests.stream().flatMap(store -> store.pending().stream()).toList()));
    }

    /** The scenario of the database, or empty while no planning horizon is set up. */
    @Transactional(readOnly = true)
    public Optional<Scenario> current() {
        return nations.horizon().map(this::export);
    }

    @Transactional(readOnly = true)
    public Scenario export() {
        return export(nations.horizon().orElseThrow(() -> new IllegalStateException("no planning horizon is set")));
    }

    private Scenario export(Horizon horizon) {
        Scenario withoutPins = new Scenario(Scenario.FORMAT, horizon.getName(),
                new Scenario.Horizon(horizon.getStartDate(), horizon.getPeriodMonths(), horizon.getPeriods(),
                        horizon.getHandoverDays()),
                map(nations.findAll(), nation -> new Scenario.Nation(nation.getCode(), nation.getName(),
                        nation.getRole().name(), nation.getEquipmentStandard().name(), nation.getTourPeriods(),
                        nation.getMaxConsecutivePeriods(), nation.getStaffShare())),
                map(staffing.findAllPosts(), post -> new Scenario.Post(post.getCode(), post.getTitle(),
                        post.getSection(), post.getRankMin().code(), post.getRankMax().code(), codes(post.getSkills()),
                        post.getEnglishMin(), new Scenario.Sourcing(post.getSourcingRule().name(),
                        codes(post.getSourcingNations()), post.getKeyGroup(),
                        post.getKeyGroup() == null ? null : post.getMaxNationConsecutive()),
                        post.getActiveFrom(), post.getActiveTo(),
                        post.getRequiresStandard() == null ? null : post.getRequiresStandard().name())),
                map(staffing.findAllPeople(), person -> new Scenario.Person(person.getCode(), person.getName(),
                        person.getNation().getCode(), person.getRank().code(), codes(person.getSkills()),
                        person.getEnglish(), person.getAvailableFrom(), person.getAvailableTo())),
                map(forces.findAllEquipmentTypes(), type -> new Scenario.EquipmentType(type.getCode(), type.getName(),
                        type.getOrigin().getCode(), type.getStandard().name(), codes(type.getCapabilities()),
                        type.getMaintenanceSkill())),
                map(forces.findAllCompanies(), company -> new Scenario.Company(company.getCode(), company.getName(),
                        company.getNation().getCode(), company.getCompanyType().name(), company.getStrength(),
                        codes(company.getCapabilities()), company.getHomeBase(),
                        new Scenario.Location(company.getHomeLat(), company.getHomeLon()),
                        List.copyOf(new TreeSet<>(company.getAttachedPeriods())),
                        map(company.getUnavailable(), range -> new Scenario.DateSpan(range.getFrom(), range.getTo())),
                        map(company.getEquipment(), holding -> new Scenario.Holding(
                                holding.getEquipmentType().getCode(), holding.getQuantity())))),
                map(exercises.findAllTrainingAreas(), area -> new Scenario.TrainingArea(area.getCode(), area.getName(),
                        area.getNation().getCode(), area.getCapacity(), List.copyOf(new TreeSet<>(area.getClosedMonths())),
                        new Scenario.Location(area.getLat(), area.getLon()))),
                map(exercises.findAllExercises(), exercise -> new Scenario.Exercise(exercise.getCode(),
                        exercise.getName(), exercise.getScenario(), exercise.getEarliestStart(),
                        exercise.getLatestEnd(), exercise.getDurationDays(), exercise.getMinCompanies(),
                        exercise.getMaxCompanies(), codes(exercise.getRequiredCapabilities()))),
                map(exercises.findAllBlackouts(), blackout -> new Scenario.Blackout(blackout.getName(),
                        blackout.getFrom(), blackout.getTo(), codes(blackout.getNations()))),
                Scenario.Pinned.none());
        return withPins(withoutPins, pins.of(withoutPins));
    }

    private static Scenario withPins(Scenario scenario, Scenario.Pinned pinned) {
        return new Scenario(scenario.format(), scenario.name(), scenario.horizon(), scenario.nations(),
                scenario.posts(), scenario.personnel(), scenario.equipmentTypes(), scenario.companies(),
                scenario.trainingAreas(), scenario.exercises(), scenario.blackouts(), pinned,
                scenario.languageCourses());
    }

    private static <T, R> List<R> map(Collection<T> items, Function<T, R> mapper) {
        return items.stream().map(mapper).toList();
    }

    /** Codes in alphabetical order, so that the same data always exports to the same file. */
    private static List<String> codes(Collection<?> records) {
        return records.stream().map(Object::toString).sorted().toList();
    }
}
