package org.jmatu.planner.scenario;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a plan is made from, field for field as the scenario file of docs/file-formats.md (format
 * jmatu-scenario/1). The database, the generator, imports and both solvers all meet in this model.
 */
public record Scenario(
        String format,
        String name,
        Horizon horizon,
        List<Nation> nations,
        List<Post> posts,
        List<Person> personnel,
        List<EquipmentType> equipmentTypes,
        List<Company> companies,
        List<TrainingArea> trainingAreas,
        List<Exercise> exercises,
        List<Blackout> blackouts,
        Pinned pinned,
        List<LanguageCourse> languageCourses,
        Growth growth,
        List<SourcingRequest> sourcingRequests) {

    public static final String FORMAT = "jmatu-scenario/1";

    public Scenario {
        languageCourses = languageCourses == null ? List.of() : List.copyOf(languageCourses);
        growth = growth == null ? Growth.none() : growth;
        sourcingRequests = sourcingRequests == null ? List.of() : List.copyOf(sourcingRequests);
    }

    /**
     * A scenario without growth phases, funding, cost model or garrisons, and without pending sourcing requests
     * (both fields are optional in the file).
     */
    public Scenario(String format, String name, Horizon horizon, List<Nation> nations, List<Post> posts,
                    List<Person> personnel, List<EquipmentType> equipmentTypes, List<Company> companies,
                    List<TrainingArea> trainingAreas, List<Exercise> exercises, List<Blackout> blackouts,
                    Pinned pinned, List<LanguageCourse> languageCourses) {
        this(format, name, horizon, nations, posts, personnel, equipmentTypes, companies, trainingAreas, exercises,
                blackouts, pinned, languageCourses, Growth.none(), List.of());
    }

    /** A scenario without language courses (the field is optional in the file). */
    public Scenario(String format, String name, Horizon horizon, List<Nation> nations, List<Post> posts,
                    List<Person> personnel, List<EquipmentType> equipmentTypes, List<Company> companies,
                    List<TrainingArea> trainingAreas, List<Exercise> exercises, List<Blackout> blackouts,
                    Pinned pinned) {
        this(format, name, horizon, nations, posts, personnel, equipmentTypes, companies, trainingAreas, exercises,
                blackouts, pinned, List.of());
    }

    /** The same scenario with these language courses on offer. */
    public Scenario withLanguageCourses(List<LanguageCourse> courses) {
        return new Scenario(format, name, horizon, nations, posts, personnel, equipmentTypes, companies,
                trainingAreas, exercises, blackouts, pinned, courses, growth, sourcingRequests);
    }

    /** The same scenario with these pins, every other field kept. */
    public Scenario withPinned(Pinned pins) {
        return new Scenario(format, name, horizon, nations, posts, personnel, equipmentTypes, companies,
                trainingAreas, exercises, blackouts, pins, languageCourses, growth, sourcingRequests);
    }

    /** The same scenario with these growth phases, funding shares, cost model and garrisons. */
    public Scenario withGrowth(Growth newGrowth) {
        return new Scenario(format, name, horizon, nations, posts, personnel, equipmentTypes, companies,
                trainingAreas, exercises, blackouts, pinned, languageCourses, newGrowth, sourcingRequests);
    }

    /** The same scenario with these posts and companies (as growth phases make them active), every other field kept. */
    public Scenario withPostsAndCompanies(List<Post> newPosts, List<Company> newCompanies) {
        return new Scenario(format, name, horizon, nations, newPosts, personnel, equipmentTypes, newCompanies,
                trainingAreas, exercises, blackouts, pinned, languageCourses, growth, sourcingRequests);
    }

    /** The same scenario with these people nominated, every other field kept. */
    public Scenario withPersonnel(List<Person> newPersonnel) {
        return new Scenario(format, name, horizon, nations, posts, newPersonnel, equipmentTypes, companies,
                trainingAreas, exercises, blackouts, pinned, languageCourses, growth, sourcingRequests);
    }

    /** The same scenario with these exercises and pins, every other field kept. */
    public Scenario withExercisesAndPins(List<Exercise> newExercises, Pinned pins) {
        return new Scenario(format, name, horizon, nations, posts, personnel, equipmentTypes, companies,
                trainingAreas, newExercises, blackouts, pins, languageCourses, growth, sourcingRequests);
    }

    /** The same scenario with these pending sourcing requests. */
    public Scenario withSourcingRequests(List<SourcingRequest> requests) {
        return new Scenario(format, name, horizon, nations, posts, personnel, equipmentTypes, companies,
                trainingAreas, exercises, blackouts, pinned, languageCourses, growth, requests);
    }

    public record Horizon(LocalDate start, int periodMonths, int periods, int handoverDays) {
    }

    public record Nation(String code, String name, String role, String equipmentStandard, int tourPeriods,
                         int maxConsecutivePeriods, double staffShare) {
    }

    public record Sourcing(String rule, List<String> nations, String keyGroup, Integer maxNationConsecutive) {
    }

    public record Post(String id, String title, String section, String rankMin, String rankMax,
                       List<String> skills, int englishMin, Sourcing sourcing, Integer activeFrom,
                       Integer activeTo, String requiresStandard) {
    }

    /** {@code nativeName} is the name in its own script (Cyrillic, Chinese characters), optional: null when absent. */
    public record Person(String id, String name, String nation, String rank, List<String> skills, int english,
                         LocalDate availableFrom, LocalDate availableTo, String nativeName) {

        /** A person with a Latin name only (the native-script form is optional in the file). */
        public Person(String id, String name, String nation, String rank, List<String> skills, int english,
                      LocalDate availableFrom, LocalDate availableTo) {
            this(id, name, nation, rank, skills, english, availableFrom, availableTo, null);
        }
    }

    public record EquipmentType(String id, String name, String origin, String standard, List<String> capabilities,
                                String maintenanceSkill) {
    }

    public record Location(double lat, double lon) {
    }

    public record DateSpan(LocalDate from, LocalDate to) {
    }

    public record Holding(String type, int quantity) {
    }

    public record Company(String id, String name, String nation, String type, int strength,
                          List<String> capabilities, String homeBaseName, Location homeBase,
                          List<Integer> attachedPeriods, List<DateSpan> unavailable, List<Holding> equipment) {
    }

    public record TrainingArea(String id, String name, String nation, int capacity, List<Integer> closedMonths,
                               Location location) {
    }

    public record Exercise(String id, String name, String scenario, LocalDate earliestStart, LocalDate latestEnd,
                           int durationDays, int minCompanies, int maxCompanies, List<String> requiredCapabilities) {
    }

    public record Blackout(String name, LocalDate from, LocalDate to, List<String> nations) {
    }

    /**
     * Places on an English course: attendees of one of {@code nations} (any nation where null) whose English is at
     * least {@code fromLevel} and below {@code toLevel} (STANAG 6001) leave it at {@code toLevel}.
     */
    public record LanguageCourse(String id, String name, LocalDate start, LocalDate end, int seats, int fromLevel,
                                 int toLevel, List<String> nations) {
    }

    /**
     * A pending request to the nations for slot {@code post}/{@code period} (docs/file-formats.md): the nations it
     * asks, by when, its priority (KEY_POST, SECTION_CHIEF, ROUTINE), why (UNFILLED, HOLDER_LEAVES, with the
     * leaving {@code holder}), its state (OPEN, OFFERED) and, once offered, who by which nation.
     */
    public record SourcingRequest(String post, int period, List<String> nations, LocalDate due, String priority,
                                  String reason, String holder, String state, String offeredPerson,
                                  String offeredNation) {
    }

    public record PinnedSlot(String post, int period, String person) {
    }

    public record PinnedExercise(String exercise, LocalDate start, String trainingArea) {
    }

    /**
     * A planner's decision on one officer and one English course, kept by every roster solve: the officer attends
     * (pinned) or, where {@code attends} is false, must not (forbidden). A product extension of the file
     * (docs/file-formats.md).
     */
    public record PinnedSeat(String course, String person, boolean attends) {
    }

    public record Pinned(List<PinnedSlot> rotation, List<PinnedExercise> exercises, List<PinnedSeat> courseSeats) {

        public Pinned {
            courseSeats = courseSeats == null ? List.of() : List.copyOf(courseSeats);
        }

        /** Pins without decisions on course places. */
        public Pinned(List<PinnedSlot> rotation, List<PinnedExercise> exercises) {
            this(rotation, exercises, List.of());
        }

        public static Pinned none() {
            return new Pinned(List.of(), List.of());
        }

        /** The same pins with these decisions on course places. */
        public Pinned withCourseSeats(List<PinnedSeat> seats) {
            return new Pinned(rotation, exercises, seats);
        }
    }
}
