package org.jmatu.planner.scenario.database;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jmatu.planner.exercises.Blackout;
import org.jmatu.planner.exercises.Exercise;
import org.jmatu.planner.exercises.ExercisesService;
import org.jmatu.planner.exercises.TrainingArea;
import org.jmatu.planner.forces.Company;
import org.jmatu.planner.forces.CompanyType;
import org.jmatu.planner.forces.EquipmentHolding;
import org.jmatu.planner.forces.EquipmentType;
import org.jmatu.planner.forces.ForcesService;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.GrowthPhases;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.jmatu.planner.shared.DateRange;
import org.jmatu.planner.shared.EquipmentStandard;
import org.jmatu.planner.shared.Horizon;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.NationRole;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.staffing.CourseService;
import org.jmatu.planner.staffing.LanguageCourse;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.Post;
import org.jmatu.planner.staffing.Skill;
import org.jmatu.planner.staffing.SourcingRule;
import org.jmatu.planner.staffing.StaffingService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes a scenario into the database through the modules' services, in one transaction. */
@Service
public class ScenarioLoader {

    private final NationService nationService;
    private final StaffingService staffing;
    private final ForcesService forces;
    private final ExercisesService exercises;
    private final CourseService courses;
    private final ScenarioPins pins;
    private final List<GrowthPart> growthParts;
    private final ObjectProvider<PendingRequests> requests;

    ScenarioLoader(NationService nationService, StaffingService staffing, ForcesService forces,
                   ExercisesService exercises, CourseService courses, ScenarioPins pins,
                   List<GrowthPart> growthParts, ObjectProvider<PendingRequests> requests) {
        this.nationService = nationService;
        this.staffing = staffing;
        this.forces = forces;
        this.exercises = exercises;
        this.courses = courses;
        this.pins = pins;
        this.growthParts = growthParts;
        this.requests = requests;
    }

    @Transactional
    public void load(Scenario scenario) {
        Map<String, Nation> nations = new HashMap<>();
        scenario.nations().forEach(nation -> nations.put(nation.code(), nationService.save(new Nation(nation.code(),
                nation.name(), NationRole.valueOf(nation.role()), EquipmentStandard.valueOf(nation.equipmentStandard()),
                nation.tourPeriods(), nation.maxConsecutivePeriods(), nation.staffShare()))));
        Scenario.Horizon horizon = scenario.horizon();
        nationService.save(new Horizon(scenario.name(), horizon.start(), horizon.periodMonths(), horizon.periods(),
                horizon.handoverDays()));
        Map<String, Skill> skills = skills(scenario);
        loadPosts(scenario.posts(), scenario.growth(), nations, skills);
        scenario.personnel().forEach(person -> {
            Person entity = new Person(person.id(), person.name(), nations.get(person.nation()),
                    Rank.fromCode(person.rank()), person.english(), person.availableFrom(), person.availableTo());
            entity.setSkills(pick(skills, person.skills()));
            entity.setNativeName(person.nativeName());
            staffing.save(entity);
        });
        Map<String, EquipmentType> types = new HashMap<>();
        scenario.equipmentTypes().forEach(type -> types.put(type.id(), forces.save(new EquipmentType(type.id(),
                type.name(), nations.get(type.origin()), EquipmentStandard.valueOf(type.standard()),
                new LinkedHashSet<>(type.capabilities()), type.maintenanceSkill()))));
        scenario.companies().forEach(company -> forces.save(company(company, GrowthPhases.ownAttachedPeriods(
                scenario.growth(), company, horizon.periods()), nations, types)));
        scenario.trainingAreas().forEach(area -> exercises.save(new TrainingArea(area.id(), area.name(),
                nations.get(area.nation()), area.capacity(), new TreeSet<>(area.closedMonths()),
                area.location().lat(), area.location().lon())));
        scenario.exercises().forEach(exercise -> exercises.save(new Exercise(exercise.id(), exercise.name(),
                exercise.scenario(), exercise.earliestStart(), exercise.latestEnd(), exercise.durationDays(),
                exercise.minCompanies(), exercise.maxCompanies(), new LinkedHashSet<>(exercise.requiredCapabilities()))));
        scenario.blackouts().forEach(blackout -> exercises.save(new Blackout(blackout.name(), blackout.from(),
                blackout.to(), pick(nations, blackout.nations()))));
        loadCourses(scenario, nations);
        pins.save(scenario.pinned());
        growthParts.forEach(part -> part.write(scenario.growth()));
        requests.forEach(store -> store.load(scenario));
    }

    /** The courses on offer, each with the planners' decisions on its places (the scenario's pinned course seats). */
    private void loadCourses(Scenario scenario, Map<String, Nation> nations) {
        List<Scenario.PinnedSeat> decisions = scenario.pinned() == null ? List.of() : scenario.pinned().courseSeats();
        scenario.languageCourses().forEach(course -> {
            LanguageCourse entity = new LanguageCourse(course.id(), course.name(), course.start(), course.end(),
                    course.seats(), course.fromLevel(), course.toLevel(),
                    pick(nations, course.nations() == null ? List.of() : course.nations()));
            decisions.stream().filter(seat -> seat.course().equals(course.id()))
                    .forEach(seat -> entity.decide(seat.person(), seat.attends()));
            courses.save(entity);
        });
    }

    private Map<String, Skill> skills(Scenario scenario) {
        Set<String> codes = new TreeSet<>();
        scenario.posts().forEach(post -> codes.addAll(post.skills()));
        scenario.personnel().forEach(person -> codes.addAll(person.skills()));
        return codes.stream().collect(Collectors.toMap(code -> code,
                code -> staffing.save(new Skill(code, ScenarioGenerator.skillName(code)))));
    }

    private void loadPosts(List<Scenario.Post> posts, Growth growth, Map<String, Nation> nations,
                           Map<String, Skill> skills) {
        for (int order = 0; order < posts.size(); order++) {
            Scenario.Post post = posts.get(order);
            Scenario.Sourcing sourcing = post.sourcing();
            Post entity = new Post(post.id(), post.title(), post.section(), Rank.fromCode(post.rankMin()),
                    Rank.fromCode(post.rankMax()), post.englishMin(), SourcingRule.valueOf(sourcing.rule()));
            entity.setDisplayOrder(order);
            entity.setSkills(pick(skills, post.skills()));
            entity.setSourcingNations(pick(nations, sourcing.nations() == null ? List.of() : sourcing.nations()));
            entity.setKeyGroup(sourcing.keyGroup());
            if (sourcing.maxNationConsecutive() != null) {
                entity.setMaxNationConsecutive(sourcing.maxNationConsecutive());
            }
            entity.setActiveFrom(GrowthPhases.ownActiveFrom(growth, post)); // the phase's first period is the phase's
            entity.setActiveTo(post.activeTo());
            entity.setRequiresStandard(post.requiresStandard() == null ? null
                    : EquipmentStandard.valueOf(post.requiresStandard()));
            staffing.save(entity);
        }
    }

    private static Company company(Scenario.Company company, List<Integer> attachedPeriods,
                                   Map<String, Nation> nations, Map<String, EquipmentType> types) {
        Company entity = new Company(company.id(), company.name(), nations.get(company.nation()),
                CompanyType.valueOf(company.type()), company.strength(),
                company.homeBaseName() == null ? company.id() + " home base" : company.homeBaseName(),
                company.homeBase().lat(), company.homeBase().lon());
        entity.setCapabilities(new LinkedHashSet<>(company.capabilities()));
        entity.setAttachedPeriods(new TreeSet<>(attachedPeriods));
        entity.setUnavailable(company.unavailable().stream()
                .map(span -> new DateRange(span.from(), span.to(), null)).toList());
        entity.setEquipment(company.equipment().stream()
                .map(holding -> new EquipmentHolding(types.get(holding.type()), holding.quantity())).toList());
        return entity;
    }

    private static <T> Set<T> pick(Map<String, T> byCode, Collection<String> codes) {
        return codes.stream().map(byCode::get)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
