package org.jmatu.planner.scenario.database;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jmatu.planner.exercises.ExercisesService;
import org.jmatu.planner.forces.ForcesService;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.GrowthPhases;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.Horizon;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.staffing.CourseAttendance;
import org.jmatu.planner.staffing.CourseService;
import org.jmatu.planner.staffing.LanguageCourse;
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
    private final CourseService courses;
    private final ScenarioPins pins;
    private final List<GrowthPart> growthParts;
    private final ObjectProvider<PendingRequests> requests;

    ScenarioExporter(NationService nations, StaffingService staffing, ForcesService forces,
                     ExercisesService exercises, CourseService courses, ScenarioPins pins,
                     List<GrowthPart> growthParts, ObjectProvider<PendingRequests> requests) {
        this.nations = nations;
        this.staffing = staffing;
        this.forces = forces;
        this.exercises = exercises;
        this.courses = courses;
        this.pins = pins;
        this.growthParts = growthParts;
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
                        person.getEnglish(), person.getAvailableFrom(), person.getAvailableTo(),
                        person.getNativeName())),
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
        List<LanguageCourse> offered = courses.findAll();
        Scenario withCourses = withoutPins.withLanguageCourses(map(offered, course -> new Scenario.LanguageCourse(
                course.getCode(), course.getName(), course.getStartDate(), course.getEndDate(), course.getSeats(),
                course.getFromLevel(), course.getToLevel(),
                course.getNations().isEmpty() ? null : codes(course.getNations()))));
        Growth growth = Growth.none();
        for (GrowthPart part : growthParts) {
            growth = part.read(growth);
        }
        Scenario pinned = withCourses.withPinned(
                pins.of(withCourses).withCourseSeats(coursePins(offered, withCourses)));
        // the phases decide the periods of posts and companies that set none: so they reach the solvers' active slots
        return GrowthPhases.effective(pinned.withGrowth(growth));
    }

    /**
     * The planners' decisions on course places, per course by person; a decision on someone no longer nominated (or
     * not visible to the reader) no longer applies.
     */
    private static List<Scenario.PinnedSeat> coursePins(List<LanguageCourse> offered, Scenario scenario) {
        Set<String> people = scenario.personnel().stream().map(Scenario.Person::id).collect(Collectors.toSet());
        return offered.stream().flatMap(course -> course.getAttendance().stream()
                        .filter(choice -> people.contains(choice.getPersonCode()))
                        .sorted(Comparator.comparing(CourseAttendance::getPersonCode))
                        .map(choice -> new Scenario.PinnedSeat(course.getCode(), choice.getPersonCode(),
                                choice.isAttends())))
                .toList();
    }


    private static <T, R> List<R> map(Collection<T> items, Function<T, R> mapper) {
        return items.stream().map(mapper).toList();
    }

    /** Codes in alphabetical order, so that the same data always exports to the same file. */
    private static List<String> codes(Collection<?> records) {
        return records.stream().map(Object::toString).sorted().toList();
    }
}
