package org.jmatu.planner.scenario.file;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.Scenario;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the {@link Scenario} model as the JSON tree of docs/file-formats.md, field by field in the order of the
 * specification, so that files diff well and the same scenario always gives the same text. Optional fields
 * that are not set are left out, as in the specification's example.
 */
final class ScenarioWriter {

    private ScenarioWriter() {
    }

    static ObjectNode write(Scenario scenario) {
        ObjectNode root = object();
        root.put("format", scenario.format() == null ? Scenario.FORMAT : scenario.format());
        root.put("name", scenario.name());
        Scenario.Horizon horizon = scenario.horizon();
        ObjectNode horizonNode = root.putObject("horizon");
        horizonNode.put("start", date(horizon.start()));
        horizonNode.put("periodMonths", horizon.periodMonths());
        horizonNode.put("periods", horizon.periods());
        horizonNode.put("handoverDays", horizon.handoverDays());
        list(root, "nations", scenario.nations(), ScenarioWriter::nation);
        list(root, "posts", scenario.posts(), ScenarioWriter::post);
        list(root, "personnel", scenario.personnel(), ScenarioWriter::person);
        list(root, "equipmentTypes", scenario.equipmentTypes(), ScenarioWriter::equipmentType);
        list(root, "companies", scenario.companies(), ScenarioWriter::company);
        list(root, "trainingAreas", scenario.trainingAreas(), ScenarioWriter::trainingArea);
        list(root, "exercises", scenario.exercises(), ScenarioWriter::exercise);
        list(root, "blackouts", scenario.blackouts(), ScenarioWriter::blackout);
        Scenario.Pinned pinned = scenario.pinned() == null ? Scenario.Pinned.none() : scenario.pinned();
        ObjectNode pinnedNode = root.putObject("pinned");
        list(pinnedNode, "rotation", pinned.rotation(), (node, slot) -> {
            node.put("post", slot.post());
            node.put("period", slot.period());
            node.put("person", slot.person());
        });
        list(pinnedNode, "exercises", pinned.exercises(), (node, pin) -> {
            node.put("exercise", pin.exercise());
            putIfSet(node, "start", date(pin.start()));
            putIfSet(node, "trainingArea", pin.trainingArea());
        });
        if (!pinned.courseSeats().isEmpty()) { // optional: written only where a planner decided on course places
            list(pinnedNode, "courseSeats", pinned.courseSeats(), (node, seat) -> {
                node.put("course", seat.course());
                node.put("person", seat.person());
                node.put("attends", seat.attends());
            });
        }
        if (!scenario.languageCourses().isEmpty()) { // optional: a scenario without courses writes as before
            list(root, "languageCourses", scenario.languageCourses(), ScenarioWriter::languageCourse);
        }
        if (!scenario.growth().isEmpty()) { // optional too: a scenario without growth writes as before
            growth(root.putObject("growth"), scenario.growth());
        }
        if (!scenario.sourcingRequests().isEmpty()) { // optional, as the courses
            list(root, "sourcingRequests", scenario.sourcingRequests(), ScenarioWriter::sourcingRequest);
        }
        return root;
    }

    private static void growth(ObjectNode node, Growth growth) {
        list(node, "phases", growth.phases(), (phaseNode, phase) -> {
            phaseNode.put("name", phase.name());
            phaseNode.put("firstPeriod", phase.firstPeriod());
            texts(phaseNode, "sections", phase.sections());
            texts(phaseNode, "posts", phase.posts());
            texts(phaseNode, "companies", phase.companies());
        });
        list(node, "fundingShares", growth.fundingShares(), (shareNode, share) -> {
            shareNode.put("nation", share.nation());
            shareNode.put("share", share.share());
        });
        Growth.CostModel model = growth.costModel();
        if (model != null) {
            ObjectNode modelNode = node.putObject("costModel");
            modelNode.put("currency", model.currency());
            list(modelNode, "staff", model.staff(), (band, cost) -> {
                band.put("rankMin", cost.rankMin());
                band.put("rankMax", cost.rankMax());
                band.put("personPeriod", cost.personPeriod());
            });
            modelNode.put("companyExerciseDay", model.companyExerciseDay());
            modelNode.put("exerciseHosted", model.exerciseHosted());
            modelNode.put("travelPerKm", model.travelPerKm());
            modelNode.put("housingPlaceMonth", model.housingPlaceMonth());
        }
        list(node, "garrisons", growth.garrisons(), (garrisonNode, garrison) -> {
            garrisonNode.put("id", garrison.id());
            garrisonNode.put("name", garrison.name());
            garrisonNode.put("kind", garrison.kind());
            garrisonNode.put("nation", garrison.nation());
            garrisonNode.put("upkeepPerYear", garrison.upkeepPerYear());
            list(garrisonNode, "capacity", garrison.capacity(), (step, capacity) -> {
                step.put("fromPeriod", capacity.fromPeriod());
                step.put("places", capacity.places());
            });
        });
    }

    private static void sourcingRequest(ObjectNode node, Scenario.SourcingRequest request) {
        node.put("post", request.post());
        node.put("period", request.period());
        texts(node, "nations", request.nations());
        node.put("due", date(request.due()));
        node.put("priority", request.priority());
        node.put("reason", request.reason());
        putIfSet(node, "holder", request.holder());
        node.put("state", request.state());
        putIfSet(node, "offeredPerson", request.offeredPerson());
        putIfSet(node, "offeredNation", request.offeredNation());
    }

    private static void languageCourse(ObjectNode node, Scenario.LanguageCourse course) {
        node.put("id", course.id());
        node.put("name", course.name());
        node.put("start", date(course.start()));
        node.put("end", date(course.end()));
        node.put("seats", course.seats());
        node.put("fromLevel", course.fromLevel());
        node.put("toLevel", course.toLevel());
        if (course.nations() != null) {
            texts(node, "nations", course.nations());
        }
    }

    private static void nation(ObjectNode node, Scenario.Nation nation) {
        node.put("code", nation.code());
        node.put("name", nation.name());
        node.put("role", nation.role());
        node.put("equipmentStandard", nation.equipmentStandard());
        node.put("tourPeriods", nation.tourPeriods());
        node.put("maxConsecutivePeriods", nation.maxConsecutivePeriods());
        node.put("staffShare", nation.staffShare());
    }

    private static void post(ObjectNode node, Scenario.Post post) {
        node.put("id", post.id());
        node.put("title", post.title());
        node.put("section", post.section());
        node.put("rankMin", post.rankMin());
        node.put("rankMax", post.rankMax());
        texts(node, "skills", post.skills());
        node.put("englishMin", post.englishMin());
        Scenario.Sourcing sourcing = post.sourcing();
        ObjectNode sourcingNode = node.putObject("sourcing");
        sourcingNode.put("rule", sourcing.rule());
        if (sourcing.nations() != null) {
            texts(sourcingNode, "nations", sourcing.nations());
        }
        putIfSet(sourcingNode, "keyGroup", sourcing.keyGroup());
        if (sourcing.maxNationConsecutive() != null) {
            sourcingNode.put("maxNationConsecutive", sourcing.maxNationConsecutive());
        }
        if (post.activeFrom() != null) {
            node.put("activeFrom", post.activeFrom());
        }
        if (post.activeTo() != null) {
            node.put("activeTo", post.activeTo());
        }
        putIfSet(node, "requiresStandard", post.requiresStandard());
    }

    private static void person(ObjectNode node, Scenario.Person person) {
        node.put("id", person.id());
        node.put("name", person.name());
        putIfSet(node, "nativeName", person.nativeName());
        node.put("nation", person.nation());
        node.put("rank", person.rank());
        texts(node, "skills", person.skills());
        node.put("english", person.english());
        node.put("availableFrom", date(person.availableFrom()));
        node.put("availableTo", date(person.availableTo()));
    }

    private static void equipmentType(ObjectNode node, Scenario.EquipmentType type) {
        node.put("id", type.id());
        node.put("name", type.name());
        node.put("origin", type.origin());
        node.put("standard", type.standard());
        texts(node, "capabilities", type.capabilities());
        putIfSet(node, "maintenanceSkill", type.maintenanceSkill());
    }

    private static void company(ObjectNode node, Scenario.Company company) {
        node.put("id", company.id());
        node.put("name", company.name());
        node.put("nation", company.nation());
        node.put("type", company.type());
        node.put("strength", company.strength());
        texts(node, "capabilities", company.capabilities());
        putIfSet(node, "homeBaseName", company.homeBaseName());
        location(node.putObject("homeBase"), company.homeBase());
        ArrayNode periods = node.putArray("attachedPeriods");
        nullSafe(company.attachedPeriods()).forEach(periods::add);
        list(node, "unavailable", company.unavailable(), (spanNode, span) -> {
            spanNode.put("from", date(span.from()));
            spanNode.put("to", date(span.to()));
        });
        list(node, "equipment", company.equipment(), (holdingNode, holding) -> {
            holdingNode.put("type", holding.type());
            holdingNode.put("quantity", holding.quantity());
        });
    }

    private static void trainingArea(ObjectNode node, Scenario.TrainingArea area) {
        node.put("id", area.id());
        node.put("name", area.name());
        node.put("nation", area.nation());
        node.put("capacity", area.capacity());
        ArrayNode months = node.putArray("closedMonths");
        nullSafe(area.closedMonths()).forEach(months::add);
        location(node.putObject("location"), area.location());
    }

    private static void exercise(ObjectNode node, Scenario.Exercise exercise) {
        node.put("id", exercise.id());
        node.put("name", exercise.name());
        node.put("scenario", exercise.scenario());
        node.put("earliestStart", date(exercise.earliestStart()));
        node.put("latestEnd", date(exercise.latestEnd()));
        node.put("durationDays", exercise.durationDays());
        node.put("minCompanies", exercise.minCompanies());
        node.put("maxCompanies", exercise.maxCompanies());
        texts(node, "requiredCapabilities", exercise.requiredCapabilities());
    }

    private static void blackout(ObjectNode node, Scenario.Blackout blackout) {
        node.put("name", blackout.name());
        node.put("from", date(blackout.from()));
        node.put("to", date(blackout.to()));
        texts(node, "nations", blackout.nations());
    }

    private static void location(ObjectNode node, Scenario.Location location) {
        if (location != null) {
            node.put("lat", location.lat());
            node.put("lon", location.lon());
        }
    }

    static ObjectNode object() {
        return JsonText.mapper().createObjectNode();
    }

    static <T> void list(ObjectNode parent, String field, List<T> items, BiConsumer<ObjectNode, T> writer) {
        ArrayNode array = parent.putArray(field);
        nullSafe(items).forEach(item -> writer.accept(array.addObject(), item));
    }

    static void texts(ObjectNode parent, String field, Collection<String> values) {
        ArrayNode array = parent.putArray(field);
        nullSafe(values).forEach(array::add);
    }

    static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static <T> Collection<T> nullSafe(Collection<T> items) {
        return items == null ? List.of() : items;
    }
}
