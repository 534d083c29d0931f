package org.jmatu.planner.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.Scenario.Company;
import org.jmatu.planner.scenario.Scenario.Exercise;
import org.jmatu.planner.scenario.Scenario.Person;
import org.jmatu.planner.scenario.Scenario.Post;
import org.jmatu.planner.scenario.Scenario.Sourcing;

/**
 * A small hand-made scenario and a plan for it that keeps every hard rule; each test changes one thing and
 * sees the one rule it breaks. Four half-year periods from 2027-01-01, 14 days' hand-over.
 *
 * <p>Roster: CDR held by KAZ-0001 throughout (pinned in period 0); DCDR and XO in key group COMMAND_TEAM,
 * rotating between USA and RUS every two periods; MAINT-NATO needs NATO equipment, so it is active only in
 * periods 0–1 while the US company is attached; LO exists in periods 1–2 and is unfilled (a gap) in period 2.
 * Calendar: EX1 (pinned) at ILI with KAZ-1 and USA-1, EX2 at OTAR with RUS-1.
 */
final class PlanFixture {

    static final LocalDate START = LocalDate.of(2027, 1, 1);
    private static final LocalDate ALWAYS_FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate ALWAYS_TO = LocalDate.of(2030, 12, 31);

    final List<Scenario.Nation> nations = new ArrayList<>(List.of(
            new Scenario.Nation("KAZ", "Kazakhstan", "FRAMEWORK", "SOVIET", 2, 4, 0.5),
            new Scenario.Nation("USA", "United States", "GLOBAL_POWER", "NATO", 2, 2, 0.25),
            new Scenario.Nation("RUS", "Russian Federation", "GLOBAL_POWER", "SOVIET", 2, 2, 0.25)));
    final List<Post> posts = new ArrayList<>(List.of(
            post("CDR", "OF-5", "OF-6", "COMMAND", 3, new Sourcing("FIXED", List.of("KAZ"), null, null), null, null, null),
            post("DCDR", "OF-4", "OF-5", "COMMAND", 3, rotating(), null, null, null),
            post("XO", "OF-4", "OF-5", "COMMAND", 3, rotating(), null, null, null),
            post("MAINT-NATO", "OF-2", "OF-3", "MAINT_NATO", 2, new Sourcing("ANY", List.of("USA"), null, null), null,
                    null, "NATO"),
            post("LO", "OF-2", "OF-4", "LIAISON", 2, new Sourcing("ANY", null, null, null), 1, 2, null)));
    final List<Person> personnel = new ArrayList<>(List.of(
            person("KAZ-0001", "KAZ", "OF-5", "COMMAND", 3),
            person("USA-0001", "USA", "OF-5", "COMMAND", 4),
            person("USA-0002", "USA", "OF-4", "COMMAND", 3),
            person("USA-0003", "USA", "OF-3", "MAINT_NATO", 2),
            person("RUS-0001", "RUS", "OF-4", "COMMAND", 3),
            person("RUS-0002", "RUS", "OF-5", "COMMAND", 3),
            person("KAZ-0002", "KAZ", "OF-3", "LIAISON", 2),
            person("RUS-0003", "RUS", "OF-5", "COMMAND", 5)));
    final List<Scenario.EquipmentType> equipmentTypes = new ArrayList<>(List.of(
            new Scenario.EquipmentType("AK74M", "AK-74M", "RUS", "SOVIET", List.of(), null),
            new Scenario.EquipmentType("2B14", "2B14 mortar", "RUS", "SOVIET", List.of("INDIRECT_FIRE"), null),
            new Scenario.EquipmentType("M4", "M4A1 carbine", "USA", "NATO", List.of(), null),
            new Scenario.EquipmentType("PVS14", "AN/PVS-14", "USA", "NATO", List.of("NIGHT_OPERATIONS"), null)));
    final List<Company> companies = new ArrayList<>(List.of(
            company("KAZ-1", "KAZ", List.of(), List.of(0, 1, 2, 3),
                    List.of(new Scenario.DateSpan(LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 30))),
                    List.of(new Scenario.Holding("AK74M", 100), new Scenario.Holding("2B14", 4))),
            company("USA-1", "USA", List.of(), List.of(0, 1), List.of(),
                    List.of(new Scenario.Holding("M4", 100), new Scenario.Holding("PVS14", 20))),
            company("RUS-1", "RUS", List.of("SNIPER"), List.of(0, 1, 2, 3), List.of(),
                    List.of(new Scenario.Holding("AK74M", 100)))));
    final List<Scenario.TrainingArea> trainingAreas = new ArrayList<>(List.of(
            new Scenario.TrainingArea("ILI", "Iliyskiy", "KAZ", 3, List.of(1, 2, 12), new Scenario.Location(43.9, 77.1)),
            new Scenario.TrainingArea("OTAR", "Otar", "KAZ", 2, List.of(), new Scenario.Location(43.5, 75.2))));
    final List<Exercise> exercises = new ArrayList<>(List.of(
            new Exercise("EX1", "Exercise one", "HOSTAGE_RESCUE", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30),
                    14, 2, 3, List.of("INDIRECT_FIRE", "NIGHT_OPERATIONS")),
            new Exercise("EX2", "Exercise two", "RAID", LocalDate.of(2027, 10, 1), LocalDate.of(2027, 11, 30),
                    10, 1, 2, List.of("SNIPER"))));
    final List<Scenario.Blackout> blackouts = new ArrayList<>(List.of(
            new Scenario.Blackout("STEPPE EAGLE", LocalDate.of(2027, 6, 7), LocalDate.of(2027, 6, 25),
                    List.of("KAZ", "USA"))));
    final List<Scenario.PinnedSlot> pinnedSlots = new ArrayList<>(List.of(new Scenario.PinnedSlot("CDR", 0, "KAZ-0001")));
    final List<Scenario.PinnedExercise> pinnedExercises = new ArrayList<>(List.of(
            new Scenario.PinnedExercise("EX1", LocalDate.of(2027, 4, 5), "ILI")));

    final List<Scenario.LanguageCourse> courses = new ArrayList<>();
    final List<Plan.CourseSeat> seats = new ArrayList<>();

    final List<Plan.RotationRow> rotation = new ArrayList<>();
    final List<Plan.ExerciseRow> calendar = new ArrayList<>();
    final List<Plan.Gap> gaps = new ArrayList<>();

    PlanFixture() {
        for (int period = 0; period < 4; period++) {
            rotation.add(new Plan.RotationRow("CDR", period, "KAZ-0001"));
            rotation.add(new Plan.RotationRow("DCDR", period, period < 2 ? "USA-0001" : "RUS-0001"));
            rotation.add(new Plan.RotationRow("XO", period, period < 2 ? "RUS-0002" : "USA-0002"));
        }
        rotation.add(new Plan.RotationRow("MAINT-NATO", 0, "USA-0003"));
        rotation.add(new Plan.RotationRow("MAINT-NATO", 1, "USA-0003"));
        rotation.add(new Plan.RotationRow("LO", 1, "KAZ-0002"));
        rotation.add(new Plan.RotationRow("LO", 2, null));
        gaps.add(new Plan.Gap("LO", 2, "no OF-2–OF-4 liaison officer is available"));
        schedule("EX1", LocalDate.of(2027, 4, 5), "ILI", "KAZ-1", "USA-1");
        schedule("EX2", LocalDate.of(2027, 10, 4), "OTAR", "RUS-1");
    }

    Scenario scenario() {
        return new Scenario(Scenario.FORMAT, "Fixture", new Scenario.Horizon(START, 6, 4, 14), List.copyOf(nations),
                List.copyOf(posts), List.copyOf(personnel), List.copyOf(equipmentTypes), List.copyOf(companies),
                List.copyOf(trainingAreas), List.copyOf(exercises), List.copyOf(blackouts),
                new Scenario.Pinned(List.copyOf(pinnedSlots), List.copyOf(pinnedExercises)))
                .withLanguageCourses(List.copyOf(courses));
    }

    Plan plan() {
        return new Plan(Plan.FORMAT, "Fixture", "0hard/0medium/0soft", List.copyOf(rotation), List.copyOf(calendar),
                List.copyOf(gaps)).withCourseSeats(List.copyOf(seats));
    }

    List<Violation> check() {
        return PlanChecker.check(scenario(), plan());
    }

    /** Offers an English course from {@code fromLevel} to {@code toLevel} (nations: null for any). */
    PlanFixture course(String id, LocalDate start, LocalDate end, int places, int fromLevel, int toLevel,
                       List<String> courseNations) {
        courses.add(new Scenario.LanguageCourse(id, "English " + id, start, end, places, fromLevel, toLevel,
                courseNations));
        return this;
    }

    PlanFixture attends(String person, String course) {
        seats.add(new Plan.CourseSeat(course, person));
        return this;
    }

    /** Puts {@code person} (null: nobody) into the slot, adding the row if the plan has none. */
    PlanFixture hold(String post, int period, String person) {
        rotation.removeIf(row -> row.post().equals(post) && row.period() == period);
        rotation.add(new Plan.RotationRow(post, period, person));
        return this;
    }

    /** Schedules the exercise (replacing its row), ending it after the scenario's duration. */
    PlanFixture schedule(String exercise, LocalDate start, String area, String... companyIds) {
        int days = exercises.stream().filter(candidate -> candidate.id().equals(exercise)).findFirst()
                .map(Exercise::durationDays).orElse(1);
        calendar.removeIf(row -> row.exercise().equals(exercise));
        calendar.add(new Plan.ExerciseRow(exercise, start, start.plusDays(days - 1L), area, List.of(companyIds)));
        return this;
    }

    PlanFixture person(String id, UnaryOperator<Person> change) {
        replace(personnel, Person::id, id, change);
        return this;
    }

    PlanFixture post(String id, UnaryOperator<Post> change) {
        replace(posts, Post::id, id, change);
        return this;
    }

    PlanFixture company(String id, UnaryOperator<Company> change) {
        replace(companies, Company::id, id, change);
        return this;
    }

    PlanFixture exercise(String id, UnaryOperator<Exercise> change) {
        replace(exercises, Exercise::id, id, change);
        return this;
    }

    static Person person(String id, String nation, String rank, String skill, int english) {
        return new Person(id, "Officer " + id, nation, rank, List.of(skill), english, ALWAYS_FROM, ALWAYS_TO);
    }

    static Person available(Person person, LocalDate from, LocalDate to) {
        return new Person(person.id(), person.name(), person.nation(), person.rank(), person.skills(), person.english(),
                from, to);
    }

    static Person withRank(Person person, String rank, List<String> skills, int english) {
        return new Person(person.id(), person.name(), person.nation(), rank, skills, english, person.availableFrom(),
                person.availableTo());
    }

    static Post withSourcing(Post post, Sourcing sourcing) {
        return new Post(post.id(), post.title(), post.section(), post.rankMin(), post.rankMax(), post.skills(),
                post.englishMin(), sourcing, post.activeFrom(), post.activeTo(), post.requiresStandard());
    }

    static Company withAttached(Company company, List<Integer> attached) {
        return company(company.id(), company.nation(), company.capabilities(), attached, company.unavailable(),
                company.equipment());
    }

    static Company withEquipment(Company company, List<String> capabilities, List<Scenario.Holding> equipment) {
        return company(company.id(), company.nation(), capabilities, company.attachedPeriods(), company.unavailable(),
                equipment);
    }

    static Company withUnavailable(Company company, LocalDate from, LocalDate to) {
        return company(company.id(), company.nation(), company.capabilities(), company.attachedPeriods(),
                List.of(new Scenario.DateSpan(from, to)), company.equipment());
    }

    static Exercise withCompanies(Exercise exercise, int min, int max) {
        return new Exercise(exercise.id(), exercise.name(), exercise.scenario(), exercise.earliestStart(),
                exercise.latestEnd(), exercise.durationDays(), min, max, exercise.requiredCapabilities());
    }

    private static Post post(String id, String rankMin, String rankMax, String skill, int english, Sourcing sourcing,
                             Integer activeFrom, Integer activeTo, String requiresStandard) {
        return new Post(id, id + " title", "Staff", rankMin, rankMax, List.of(skill), english, sourcing, activeFrom,
                activeTo, requiresStandard);
    }

    private static Sourcing rotating() {
        return new Sourcing("ROTATING", List.of("USA", "RUS"), "COMMAND_TEAM", 2);
    }

    private static Company company(String id, String nation, List<String> capabilities, List<Integer> attached,
                                   List<Scenario.DateSpan> unavailable, List<Scenario.Holding> equipment) {
        return new Company(id, id + " company", nation, "INFANTRY", 100, capabilities, null,
                new Scenario.Location(43.0, 76.0), attached, unavailable, equipment);
    }

    private static <T> void replace(List<T> items, Function<T, String> id, String wanted, UnaryOperator<T> change) {
        int index = items.stream().map(id).toList().indexOf(wanted);
        if (index < 0) {
            throw new IllegalArgumentException("no " + wanted + " in the fixture");
        }
        items.set(index, change.apply(items.get(index)));
    }
}
