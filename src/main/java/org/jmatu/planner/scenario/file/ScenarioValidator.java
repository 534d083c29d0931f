package org.jmatu.planner.scenario.file;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jmatu.planner.forces.CompanyType;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.EquipmentStandard;
import org.jmatu.planner.shared.GarrisonKind;
import org.jmatu.planner.shared.Message;
import org.jmatu.planner.shared.NationRole;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.staffing.NomineeRules;

/**
 * Checks what a scenario means, once read: unique ids, references to listed records, values in range and the
 * few cross-field rules of docs/file-formats.md. Fields already reported as missing or mistyped are null here and
 * skipped, so each problem is reported once.
 */
final class ScenarioValidator {

    static final Set<String> RULES = Set.of("FIXED", "ROTATING", "ANY");
    private static final Set<String> ROLES = names(NationRole.values());
    private static final Set<String> STANDARDS = names(EquipmentStandard.values());
    private static final Set<String> COMPANY_TYPES = names(CompanyType.values());
    private static final Set<String> KINDS = names(GarrisonKind.values());
    /** The sourcing module's words, spelled here: the file format is the contract, not that module's enums. */
    private static final Set<String> REQUEST_PRIORITIES = Set.of("KEY_POST", "SECTION_CHIEF", "ROUTINE");
    private static final Set<String> REQUEST_REASONS = Set.of("UNFILLED", "HOLDER_LEAVES");
    private static final Set<String> PENDING_STATES = Set.of("OPEN", "OFFERED");

    private static final int MAX_PERIOD_MONTHS = 12;
    private static final int MAX_PERIODS = 120;

    private final Scenario scenario;
    private final Problems problems;
    private final int periods;
    private Set<String> nations = Set.of();

    private ScenarioValidator(Scenario scenario, Problems problems) {
        this.scenario = scenario;
        this.problems = problems;
        this.periods = scenario.horizon() == null ? 0 : scenario.horizon().periods();
    }

    static void validate(Scenario scenario, Problems problems) {
        new ScenarioValidator(scenario, problems).validate();
    }

    private void validate() {
        if (scenario.format() != null && !Scenario.FORMAT.equals(scenario.format())) {
            problems.add("scenario", "format", Message.of("file.format", Problems.quote(Scenario.FORMAT),
                    Problems.quote(scenario.format())));
        }
        notBlank("scenario", "name", scenario.name());
        ScenarioLengths.check(scenario, problems);
        horizon();
        nations = unique("nations", scenario.nations(), Scenario.Nation::code, "code").keySet();
        nationRecords();
        Set<String> posts = unique("posts", scenario.posts(), Scenario.Post::id, "id").keySet();
        postRecords();
        Set<String> people = unique("personnel", scenario.personnel(), Scenario.Person::id, "id").keySet();
        personRecords();
        Set<String> types = unique("equipmentTypes", scenario.equipmentTypes(), Scenario.EquipmentType::id, "id").keySet();
        equipmentTypeRecords();
        unique("companies", scenario.companies(), Scenario.Company::id, "id");
        companyRecords(types);
        Set<String> areas = unique("trainingAreas", scenario.trainingAreas(), Scenario.TrainingArea::id, "id").keySet();
        areaRecords();
        Set<String> exercises = unique("exercises", scenario.exercises(), Scenario.Exercise::id, "id").keySet();
        exerciseRecords();
        blackoutRecords();
        pins(posts, people, exercises, areas);
        unique("languageCourses", scenario.languageCourses(), Scenario.LanguageCourse::id, "id");
        languageCourseRecords();
        growth(posts);
        sourcingRequestRecords(posts, people);
    }

    /** The optional growth field: phases, funding shares, cost model and garrisons (docs/file-formats.md). */
    private void growth(Set<String> posts) {
        Growth growth = scenario.growth();
        unique("growth.phases", growth.phases(), Growth.Phase::name, "name");
        Set<String> sections = scenario.posts().stream().map(Scenario.Post::section).collect(Collectors.toSet());
        Set<String> companies = scenario.companies().stream().map(Scenario.Company::id).collect(Collectors.toSet());
        Map<String, String> phaseOf = new HashMap<>();
        for (int index = 0; index < growth.phases().size(); index++) {
            Growth.Phase phase = growth.phases().get(index);
            String record = Problems.label("growth.phases", index, phase.name());
            notBlank(record, "name", phase.name());
            periodIndex(record, "firstPeriod", phase.firstPeriod());
            members(record, "sections", phase.sections(), sections, "file.unknown.section", phaseOf);
            members(record, "posts", phase.posts(), posts, "file.unknown.post", phaseOf);
            members(record, "companies", phase.companies(), companies, "file.unknown.company", phaseOf);
        }
        unique("growth.fundingShares", growth.fundingShares(), Growth.FundingShare::nation, "nation");
        double sum = 0;
        for (int index = 0; index < growth.fundingShares().size(); index++) {
            Growth.FundingShare share = growth.fundingShares().get(index);
            String record = Problems.label("growth.fundingShares", index, share.nation());
            known(record, "nation", share.nation(), nations, "file.unknown.nation");
            if (share.share() < 0 || share.share() > 1) {
                problems.add(record, "share", Message.of("file.range", share.share(), 0, 1));
            }
            sum += share.share();
        }
        if (!growth.fundingShares().isEmpty() && Math.abs(sum - 1) > Growth.SHARE_TOLERANCE) {
            problems.add("growth", "fundingShares", Message.of("file.growth.shares-sum",
                    Math.round(sum * 10_000) / 10_000.0));
        }
        costModel(growth.costModel());
        unique("growth.garrisons", growth.garrisons(), Growth.Garrison::id, "id");
        for (int index = 0; index < growth.garrisons().size(); index++) {
            Growth.Garrison garrison = growth.garrisons().get(index);
            String record = Problems.label("growth.garrisons", index, garrison.id());
            notBlank(record, "name", garrison.name());
            oneOf(record, "kind", garrison.kind(), KINDS);
            known(record, "nation", garrison.nation(), nations, "file.unknown.nation");
            notNegative(record, "upkeepPerYear", garrison.upkeepPerYear());
            Set<Integer> steps = new HashSet<>();
            for (int step = 0; step < garrison.capacity().size(); step++) {
                Growth.Capacity capacity = garrison.capacity().get(step);
                String field = "capacity[" + step + "]";
                periodIndex(record, field + ".fromPeriod", capacity.fromPeriod());
                range(record, field + ".places", capacity.places(), 0, 1_000_000);
                if (!steps.add(capacity.fromPeriod())) {
                    problems.add(record, field + ".fromPeriod",
                            Message.of("file.growth.step-again", capacity.fromPeriod()));
                }
            }
        }
    }

    /** Each listed id is known and in no other phase ({@code phaseOf}: "posts J2" → the record that took it). */
    private void members(String record, String field, List<String> ids, Set<String> known, String unknownKey,
                         Map<String, String> phaseOf) {
        for (int index = 0; index < ids.size(); index++) {
            String id = ids.get(index);
            known(record, field + "[" + index + "]", id, known, unknownKey);
            String earlier = phaseOf.putIfAbsent(field + " " + id, record);
            if (earlier != null) {
                problems.add(record, field + "[" + index + "]",
                        Message.of("file.growth.member-again", Problems.quote(id), earlier));
            }
        }
    }

    private void costModel(Growth.CostModel model) {
        if (model == null) {
            return;
        }
        String record = "growth.costModel";
        notBlank(record, "currency", model.currency());
        if (model.currency() != null && !model.currency().isBlank() && !model.currency().matches("[A-Z]{3}")) {
            problems.add(record, "currency", Message.of("file.growth.currency", Problems.quote(model.currency())));
        }
        // each rank has one price: a band may not take a rank an earlier band prices
        Map<Integer, Rank[]> priced = new HashMap<>();
        for (int index = 0; index < model.staff().size(); index++) {
            Growth.StaffCost band = model.staff().get(index);
            String field = "staff[" + index + "]";
            Rank min = rank(record, field + ".rankMin", band.rankMin());
            Rank max = rank(record, field + ".rankMax", band.rankMax());
            if (min != null && max != null && max.compareTo(min) < 0) {
                problems.add(record, field + ".rankMax", Message.of("file.below", Problems.quote(band.rankMax()),
                        "rankMin", Problems.quote(band.rankMin())));
            } else if (min != null && max != null) {
                priced.entrySet().stream().filter(earlier -> min.compareTo(earlier.getValue()[1]) <= 0
                                && earlier.getValue()[0].compareTo(max) <= 0)
                        .map(Map.Entry::getKey).min(Integer::compare)
                        .ifPresent(earlier -> problems.add(record, field, Message.of("file.growth.band-overlap",
                                "staff[" + earlier + "]")));
                priced.put(index, new Rank[] {min, max});
            }
            notNegative(record, field + ".personPeriod", band.personPeriod());
        }
        notNegative(record, "companyExerciseDay", model.companyExerciseDay());
        notNegative(record, "exerciseHosted", model.exerciseHosted());
        notNegative(record, "travelPerKm", model.travelPerKm());
        notNegative(record, "housingPlaceMonth", model.housingPlaceMonth());
    }

    private void notNegative(String record, String field, double value) {
        if (value < 0) {
            problems.add(record, field, Message.of("file.negative", value));
        }
    }

    private void horizon() {
        Scenario.Horizon horizon = scenario.horizon();
        if (horizon == null) {
            return;
        }
        range("scenario", "horizon.periodMonths", horizon.periodMonths(), 1, MAX_PERIOD_MONTHS);
        range("scenario", "horizon.periods", horizon.periods(), 1, MAX_PERIODS);
        range("scenario", "horizon.handoverDays", horizon.handoverDays(), 0, 366);
    }

    private void nationRecords() {
        List<Scenario.Nation> list = scenario.nations();
        String framework = null;
        for (int index = 0; index < list.size(); index++) {
            Scenario.Nation nation = list.get(index);
            String record = Problems.label("nations", index, nation.code());
            notBlank(record, "name", nation.name());
            oneOf(record, "role", nation.role(), ROLES);
            oneOf(record, "equipmentStandard", nation.equipmentStandard(), STANDARDS);
            range(record, "tourPeriods", nation.tourPeriods(), 1, 120);
            range(record, "maxConsecutivePeriods", nation.maxConsecutivePeriods(), 1, 120);
            if (nation.staffShare() < 0 || nation.staffShare() > 1) {
                problems.add(record, "staffShare", Message.of("file.range", nation.staffShare(), 0, 1));
            }
            if ("FRAMEWORK".equals(nation.role())) {
                if (framework == null) {
                    framework = record;
                } else {
                    problems.add(record, "role", Message.of("file.framework.taken", Problems.quote("FRAMEWORK"),
                            framework));
                }
            }
        }
        if (framework == null && !list.isEmpty()) {
            problems.add("scenario", "nations", Message.of("file.framework.none", Problems.quote("FRAMEWORK")));
        }
    }

    private void postRecords() {
        List<Scenario.Post> list = scenario.posts();
        for (int index = 0; index < list.size(); index++) {
            Scenario.Post post = list.get(index);
            String record = Problems.label("posts", index, post.id());
            notBlank(record, "title", post.title());
            Rank min = rank(record, "rankMin", post.rankMin());
            Rank max = rank(record, "rankMax", post.rankMax());
            if (min != null && max != null && min.compareTo(max) > 0) {
                problems.add(record, "rankMax", Message.of("file.below", Problems.quote(post.rankMax()), "rankMin",
                        Problems.quote(post.rankMin())));
            }
            range(record, "englishMin", post.englishMin(), 0, 5);
            notBlankItems(record, "skills", post.skills());
            sourcing(record, post.sourcing());
            Integer from = post.activeFrom();
            Integer to = post.activeTo();
            if (from != null) {
                periodIndex(record, "activeFrom", from);
            }
            if (to != null) {
                periodIndex(record, "activeTo", to);
            }
            if (from != null && to != null && from > to) {
                problems.add(record, "activeTo", Message.of("file.before", to, "activeFrom", from));
            }
            if (post.requiresStandard() != null) {
                oneOf(record, "requiresStandard", post.requiresStandard(), STANDARDS);
            }
        }
    }

    private void sourcing(String record, Scenario.Sourcing sourcing) {
        if (sourcing == null) {
            return;
        }
        oneOf(record, "sourcing.rule", sourcing.rule(), RULES);
        List<String> sourcingNations = sourcing.nations();
        if (sourcingNations != null) {
            for (int index = 0; index < sourcingNations.size(); index++) {
                known(record, "sourcing.nations[" + index + "]", sourcingNations.get(index), nations, "file.unknown.nation");
            }
        }
        if (("FIXED".equals(sourcing.rule()) || "ROTATING".equals(sourcing.rule()))
                && (sourcingNations == null || sourcingNations.isEmpty())) {
            problems.add(record, "sourcing.nations", Message.of("file.sourcing.no-nations",
                    Problems.quote(sourcing.rule())));
        }
        if (sourcing.maxNationConsecutive() != null) {
            range(record, "sourcing.maxNationConsecutive", sourcing.maxNationConsecutive(), 1, 120);
        }
    }

    private void personRecords() {
        List<Scenario.Person> list = scenario.personnel();
        for (int index = 0; index < list.size(); index++) {
            Scenario.Person person = list.get(index);
            String record = Problems.label("personnel", index, person.id());
            new NomineeRules(ScenarioValidator::personField, (field, why) -> problems.add(record, field, why))
                    .check(person.name(), person.nation(), nations, person.rank(), person.skills(), person.english(),
                            person.availableFrom(), person.availableTo());
        }
    }

    /** The scenario file's name of each field the nominee rules judge. */
    private static String personField(NomineeRules.Field field) {
        return switch (field) {
            case NAME -> "name";
            case NATION -> "nation";
            case RANK -> "rank";
            case SKILLS -> "skills";
            case ENGLISH -> "english";
            case AVAILABLE_FROM -> "availableFrom";
            case AVAILABLE_TO -> "availableTo";
        };
    }

    private void equipmentTypeRecords() {
        List<Scenario.EquipmentType> list = scenario.equipmentTypes();
        for (int index = 0; index < list.size(); index++) {
            Scenario.EquipmentType type = list.get(index);
            String record = Problems.label("equipmentTypes", index, type.id());
            known(record, "origin", type.origin(), nations, "file.unknown.nation");
            oneOf(record, "standard", type.standard(), STANDARDS);
            notBlankItems(record, "capabilities", type.capabilities());
        }
    }

    private void companyRecords(Set<String> types) {
        List<Scenario.Company> list = scenario.companies();
        for (int index = 0; index < list.size(); index++) {
            Scenario.Company company = list.get(index);
            String record = Problems.label("companies", index, company.id());
            known(record, "nation", company.nation(), nations, "file.unknown.nation");
            oneOf(record, "type", company.type(), COMPANY_TYPES);
            range(record, "strength", company.strength(), 1, 100_000);
            notBlankItems(record, "capabilities", company.capabilities());
            location(record, "homeBase", company.homeBase());
            periodList(record, "attachedPeriods", company.attachedPeriods());
            for (int span = 0; span < company.unavailable().size(); span++) {
                Scenario.DateSpan dates = company.unavailable().get(span);
                ordered(record, "unavailable[" + span + "].to", dates.from(), dates.to(), "from");
            }
            for (int item = 0; item < company.equipment().size(); item++) {
                Scenario.Holding holding = company.equipment().get(item);
                known(record, "equipment[" + item + "].type", holding.type(), types, "file.unknown.equipment-type");
                range(record, "equipment[" + item + "].quantity", holding.quantity(), 0, 1_000_000);
            }
        }
    }

    private void areaRecords() {
        List<Scenario.TrainingArea> list = scenario.trainingAreas();
        for (int index = 0; index < list.size(); index++) {
            Scenario.TrainingArea area = list.get(index);
            String record = Problems.label("trainingAreas", index, area.id());
            known(record, "nation", area.nation(), nations, "file.unknown.nation");
            range(record, "capacity", area.capacity(), 1, 10_000);
            List<Integer> months = area.closedMonths();
            for (int month = 0; month < months.size(); month++) {
                range(record, "closedMonths[" + month + "]", months.get(month), 1, 12);
            }
            location(record, "location", area.location());
        }
    }

    private void exerciseRecords() {
        List<Scenario.Exercise> list = scenario.exercises();
        for (int index = 0; index < list.size(); index++) {
            Scenario.Exercise exercise = list.get(index);
            String record = Problems.label("exercises", index, exercise.id());
            range(record, "durationDays", exercise.durationDays(), 1, 366);
            range(record, "minCompanies", exercise.minCompanies(), 1, 1000);
            if (exercise.maxCompanies() < exercise.minCompanies()) {
                problems.add(record, "maxCompanies", Message.of("file.below", exercise.maxCompanies(), "minCompanies",
                        exercise.minCompanies()));
            }
            notBlankItems(record, "requiredCapabilities", exercise.requiredCapabilities());
            LocalDate earliest = exercise.earliestStart();
            LocalDate latest = exercise.latestEnd();
            if (!ordered(record, "latestEnd", earliest, latest, "earliestStart")) {
                continue;
            }
            if (exercise.durationDays() >= 1 && earliest.plusDays(exercise.durationDays() - 1L).isAfter(latest)) {
                problems.add(record, "durationDays", Message.of("file.duration", exercise.durationDays(),
                        "earliestStart", earliest, "latestEnd", latest));
            }
            withinHorizon(record, "earliestStart", earliest);
            withinHorizon(record, "latestEnd", latest);
        }
    }

    private void blackoutRecords() {
        List<Scenario.Blackout> list = scenario.blackouts();
        for (int index = 0; index < list.size(); index++) {
            Scenario.Blackout blackout = list.get(index);
            String record = Problems.label("blackouts", index, blackout.name());
            ordered(record, "to", blackout.from(), blackout.to(), "from");
            for (int nation = 0; nation < blackout.nations().size(); nation++) {
                known(record, "nations[" + nation + "]", blackout.nations().get(nation), nations, "file.unknown.nation");
            }
        }
    }

    private void languageCourseRecords() {
        List<Scenario.LanguageCourse> list = scenario.languageCourses();
        for (int index = 0; index < list.size(); index++) {
            Scenario.LanguageCourse course = list.get(index);
            String record = Problems.label("languageCourses", index, course.id());
            notBlank(record, "name", course.name());
            ordered(record, "end", course.start(), course.end(), "start");
            range(record, "seats", course.seats(), 1, 10_000);
            range(record, "fromLevel", course.fromLevel(), 0, 4);
            range(record, "toLevel", course.toLevel(), 1, 5);
            if (course.toLevel() <= course.fromLevel()) {
                problems.add(record, "toLevel", Message.of("file.above", course.toLevel(), "fromLevel",
                        course.fromLevel()));
            }
            for (int nation = 0; course.nations() != null && nation < course.nations().size(); nation++) {
                known(record, "nations[" + nation + "]", course.nations().get(nation), nations, "file.unknown.nation");
            }
        }
    }

    private void sourcingRequestRecords(Set<String> posts, Set<String> people) {
        List<Scenario.SourcingRequest> list = scenario.sourcingRequests();
        Set<String> slots = new HashSet<>();
        for (int index = 0; index < list.size(); index++) {
            Scenario.SourcingRequest request = list.get(index);
            String record = Problems.label("sourcingRequests", index, request.post());
            known(record, "post", request.post(), posts, "file.unknown.post");
            periodIndex(record, "period", request.period());
            for (int nation = 0; nation < request.nations().size(); nation++) {
                known(record, "nations[" + nation + "]", request.nations().get(nation), nations, "file.unknown.nation");
            }
            oneOf(record, "priority", request.priority(), REQUEST_PRIORITIES);
            oneOf(record, "reason", request.reason(), REQUEST_REASONS);
            oneOf(record, "state", request.state(), PENDING_STATES);
            if (request.holder() != null) {
                known(record, "holder", request.holder(), people, "file.unknown.person");
            }
            if ("OFFERED".equals(request.state()) != (request.offeredPerson() != null)) {
                problems.add(record, "offeredPerson", Message.of("file.request.offered-state"));
            }
            if (request.offeredPerson() != null) {
                known(record, "offeredPerson", request.offeredPerson(), people, "file.unknown.person");
                known(record, "offeredNation", request.offeredNation(), nations, "file.unknown.nation");
            }
            if (!slots.add(request.post() + "@" + request.period())) {
                problems.add(record, "period", Message.of("file.request.again", request.post(), request.period()));
            }
        }
    }

    private void pins(Set<String> posts, Set<String> people, Set<String> exercises, Set<String> areas) {
        Scenario.Pinned pinned = scenario.pinned();
        if (pinned == null) {
            return;
        }
        Map<String, String> slots = new HashMap<>();
        for (int index = 0; index < pinned.rotation().size(); index++) {
            Scenario.PinnedSlot slot = pinned.rotation().get(index);
            String record = Problems.label("pinned.rotation", index, slot.post());
            known(record, "post", slot.post(), posts, "file.unknown.post");
            periodIndex(record, "period", slot.period());
            known(record, "person", slot.person(), people, "file.unknown.person");
            String earlier = slots.putIfAbsent(slot.post() + "@" + slot.period(), record);
            if (earlier != null) {
                problems.add(record, "period", Message.of("file.pin.slot-again", Problems.quote(slot.post()),
                        slot.period(), earlier));
            }
        }
        Map<String, String> pinnedExercises = new HashMap<>();
        for (int index = 0; index < pinned.exercises().size(); index++) {
            Scenario.PinnedExercise pin = pinned.exercises().get(index);
            String record = Problems.label("pinned.exercises", index, pin.exercise());
            known(record, "exercise", pin.exercise(), exercises, "file.unknown.exercise");
            if (pin.trainingArea() != null) {
                known(record, "trainingArea", pin.trainingArea(), areas, "file.unknown.training-area");
            }
            if (pin.start() == null && pin.trainingArea() == null) {
                problems.add(record, "start", Message.of("file.pin.empty", "start", "trainingArea"));
            }
            String earlier = pin.exercise() == null ? null : pinnedExercises.putIfAbsent(pin.exercise(), record);
            if (earlier != null) {
                problems.add(record, "exercise", Message.of("file.pin.exercise-again", Problems.quote(pin.exercise()),
                        earlier));
            }
        }
        coursePins(pinned.courseSeats(), people);
    }

    /** A decision on a course place names a listed course and person, once per pair. */
    private void coursePins(List<Scenario.PinnedSeat> seats, Set<String> people) {
        Set<String> courses = new HashSet<>(scenario.languageCourses().stream().map(Scenario.LanguageCourse::id)
                .toList());
        Map<String, String> decided = new HashMap<>();
        for (int index = 0; index < seats.size(); index++) {
            Scenario.PinnedSeat seat = seats.get(index);
            String record = Problems.label("pinned.courseSeats", index, seat.course());
            known(record, "course", seat.course(), courses, "file.unknown.language-course");
            known(record, "person", seat.person(), people, "file.unknown.person");
            String earlier = decided.putIfAbsent(seat.course() + "/" + seat.person(), record);
            if (earlier != null) {
                problems.add(record, "person",
                        Message.of("file.course-seat.again", Problems.quote(seat.person()), earlier));
            }
        }
    }

    /** Ids must be present and unique within their list; returns id → index of the first record with it. */
    private <T> Map<String, Integer> unique(String list, List<T> items, Function<T, String> id, String idField) {
        Map<String, Integer> first = new HashMap<>();
        for (int index = 0; index < items.size(); index++) {
            String value = id.apply(items.get(index));
            String record = Problems.label(list, index, value);
            if (value == null) {
                continue;
            }
            if (value.isBlank()) {
                problems.add(record, idField, Message.of("file.blank"));
                continue;
            }
            Integer earlier = first.putIfAbsent(value, index);
            if (earlier != null) {
                problems.add(record, idField, Message.of("file.id-taken", Problems.quote(value),
                        Problems.label(list, earlier, value)));
            }
        }
        return first;
    }

    private void withinHorizon(String record, String field, LocalDate date) {
        Scenario.Horizon horizon = scenario.horizon();
        // a horizon out of range is reported already, and its end may not even be a date (2147483647 periods)
        if (horizon == null || horizon.start() == null || periods < 1 || periods > MAX_PERIODS
                || horizon.periodMonths() < 1 || horizon.periodMonths() > MAX_PERIOD_MONTHS || date == null) {
            return;
        }
        LocalDate end = horizon.start().plusMonths((long) periods * horizon.periodMonths()).minusDays(1);
        if (date.isBefore(horizon.start()) || date.isAfter(end)) {
            problems.add(record, field, Message.of("file.outside-horizon", date, horizon.start(), end));
        }
    }

    private void periodList(String record, String field, List<Integer> values) {
        Set<Integer> seen = new HashSet<>();
        for (int index = 0; index < values.size(); index++) {
            periodIndex(record, field + "[" + index + "]", values.get(index));
            if (!seen.add(values.get(index))) {
                problems.add(record, field + "[" + index + "]", Message.of("file.period-twice", values.get(index)));
            }
        }
    }

    /** A period index lies within the horizon; without a usable horizon (already reported) it is not judged. */
    private void periodIndex(String record, String field, int value) {
        if (periods >= 1) {
            range(record, field, value, 0, periods - 1);
        }
    }

    private void location(String record, String field, Scenario.Location location) {
        if (location == null) {
            return;
        }
        if (location.lat() < -90 || location.lat() > 90) {
            problems.add(record, field + ".lat", Message.of("file.range", location.lat(), -90, 90));
        }
        if (location.lon() < -180 || location.lon() > 180) {
            problems.add(record, field + ".lon", Message.of("file.range", location.lon(), -180, 180));
        }
    }

    private Rank rank(String record, String field, String code) {
        if (code == null) {
            return null;
        }
        try {
            return Rank.fromCode(code);
        } catch (IllegalArgumentException e) {
            problems.add(record, field, Message.of("file.rank", Problems.quote(code)));
            return null;
        }
    }

    private void range(String record, String field, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(record, field, Message.of("file.range", value, min, max));
        }
    }

    /** False (reported) when both dates are set and {@code to} is before {@code from}; false too when one is unset. */
    private boolean ordered(String record, String field, LocalDate from, LocalDate to, String fromField) {
        if (from == null || to == null) {
            return false;
        }
        if (to.isBefore(from)) {
            problems.add(record, field, Message.of("file.before", to, fromField, from));
            return false;
        }
        return true;
    }

    /** {@code unknownKey} says the value is no listed record of its kind, e.g. "file.unknown.nation". */
    private void known(String record, String field, String value, Set<String> ids, String unknownKey) {
        if (value != null && !ids.contains(value)) {
            problems.add(record, field, Message.of(unknownKey, Problems.quote(value)));
        }
    }

    private void oneOf(String record, String field, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            problems.add(record, field, Message.of("file.one-of", Problems.quote(value), allowed.stream().sorted().toList()));
        }
    }

    private void notBlank(String record, String field, String value) {
        if (value != null && value.isBlank()) {
            problems.add(record, field, Message.of("file.blank"));
        }
    }

    private void notBlankItems(String record, String field, List<String> values) {
        for (int index = 0; values != null && index < values.size(); index++) {
            notBlank(record, field + "[" + index + "]", values.get(index));
        }
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
