package org.jmatu.planner.scenario.file;

import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.Scenario;
import tools.jackson.databind.JsonNode;

/**
 * Turns the JSON tree of a scenario file into the {@link Scenario} model, reporting missing fields and wrong
 * types. Meaning (references, ranges, duplicates) is {@link ScenarioValidator}'s job.
 */
final class ScenarioReader {

    private ScenarioReader() {
    }

    static Scenario read(JsonNode root, Problems problems) {
        JsonFields file = JsonFields.of(root, "scenario", problems);
        return new Scenario(
                file.text("format"),
                file.text("name"),
                file.object("horizon", ScenarioReader::horizon),
                file.records("nations", "code", true, ScenarioReader::nation),
                file.records("posts", "id", true, ScenarioReader::post),
                file.records("personnel", "id", true, ScenarioReader::person),
                file.records("equipmentTypes", "id", false, ScenarioReader::equipmentType),
                file.records("companies", "id", false, ScenarioReader::company),
                file.records("trainingAreas", "id", false, ScenarioReader::trainingArea),
                file.records("exercises", "id", false, ScenarioReader::exercise),
                file.records("blackouts", "name", false, ScenarioReader::blackout),
                pinned(file),
                file.records("languageCourses", "id", false, ScenarioReader::languageCourse),
                file.optionalObject("growth", ScenarioReader::growth),
                file.records("sourcingRequests", "post", false, ScenarioReader::sourcingRequest));
    }

    /** "growth" and each of its lists are optional; absent they read as empty, the cost model as null. */
    private static Growth growth(JsonFields fields) {
        return new Growth(
                fields.records("phases", "name", false, phase -> new Growth.Phase(phase.text("name"),
                        phase.integer("firstPeriod"), phase.texts("sections"), phase.texts("posts"),
                        phase.texts("companies"))),
                fields.records("fundingShares", "nation", false, share -> new Growth.FundingShare(
                        share.text("nation"), share.number("share"))),
                fields.optionalObject("costModel", model -> new Growth.CostModel(model.text("currency"),
                        model.objects("staff", band -> new Growth.StaffCost(band.text("rankMin"), band.text("rankMax"),
                                band.number("personPeriod"))),
                        model.number("companyExerciseDay"), model.number("exerciseHosted"),
                        model.number("travelPerKm"), model.number("housingPlaceMonth"))),
                fields.records("garrisons", "id", false, garrison -> new Growth.Garrison(garrison.text("id"),
                        garrison.text("name"), garrison.text("kind"), garrison.text("nation"),
                        garrison.number("upkeepPerYear"), garrison.objects("capacity", step -> new Growth.Capacity(
                                step.integer("fromPeriod"), step.integer("places"))))));
    }

    private static Scenario.Horizon horizon(JsonFields fields) {
        return new Scenario.Horizon(fields.date("start"), fields.integer("periodMonths"), fields.integer("periods"),
                fields.integer("handoverDays"));
    }

    private static Scenario.Nation nation(JsonFields fields) {
        return new Scenario.Nation(fields.text("code"), fields.text("name"), fields.text("role"),
                fields.text("equipmentStandard"), fields.integer("tourPeriods"),
                fields.integer("maxConsecutivePeriods"), fields.number("staffShare"));
    }

    private static Scenario.Post post(JsonFields fields) {
        return new Scenario.Post(fields.text("id"), fields.text("title"), fields.text("section"),
                fields.text("rankMin"), fields.text("rankMax"), fields.texts("skills"), fields.integer("englishMin"),
                fields.object("sourcing", ScenarioReader::sourcing), fields.optionalInteger("activeFrom"),
                fields.optionalInteger("activeTo"), fields.optionalText("requiresStandard"));
    }

    /** "nations" may be omitted for ANY: kept null then, so that the file writes back as it was. */
    private static Scenario.Sourcing sourcing(JsonFields fields) {
        return new Scenario.Sourcing(fields.text("rule"), fields.optionalTexts("nations"),
                fields.optionalText("keyGroup"), fields.optionalInteger("maxNationConsecutive"));
    }

    private static Scenario.Person person(JsonFields fields) {
        return new Scenario.Person(fields.text("id"), fields.text("name"), fields.text("nation"), fields.text("rank"),
                fields.texts("skills"), fields.integer("english"), fields.date("availableFrom"),
                fields.date("availableTo"), fields.optionalText("nativeName"));
    }

    private static Scenario.EquipmentType equipmentType(JsonFields fields) {
        return new Scenario.EquipmentType(fields.text("id"), fields.text("name"), fields.text("origin"),
                fields.text("standard"), fields.texts("capabilities"), fields.optionalText("maintenanceSkill"));
    }

    private static Scenario.Company company(JsonFields fields) {
        return new Scenario.Company(fields.text("id"), fields.text("name"), fields.text("nation"), fields.text("type"),
                fields.integer("strength"), fields.texts("capabilities"), fields.optionalText("homeBaseName"),
                fields.object("homeBase", ScenarioReader::location), fields.integers("attachedPeriods"),
                fields.objects("unavailable", ScenarioReader::span), fields.objects("equipment", ScenarioReader::holding));
    }

    private static Scenario.Location location(JsonFields fields) {
        return new Scenario.Location(fields.number("lat"), fields.number("lon"));
    }

    private static Scenario.DateSpan span(JsonFields fields) {
        return new Scenario.DateSpan(fields.date("from"), fields.date("to"));
    }

    private static Scenario.Holding holding(JsonFields fields) {
        return new Scenario.Holding(fields.text("type"), fields.integer("quantity"));
    }

    private static Scenario.TrainingArea trainingArea(JsonFields fields) {
        return new Scenario.TrainingArea(fields.text("id"), fields.text("name"), fields.text("nation"),
                fields.integer("capacity"), fields.integers("closedMonths"),
                fields.object("location", ScenarioReader::location));
    }

    private static Scenario.Exercise exercise(JsonFields fields) {
        return new Scenario.Exercise(fields.text("id"), fields.text("name"), fields.text("scenario"),
                fields.date("earliestStart"), fields.date("latestEnd"), fields.integer("durationDays"),
                fields.integer("minCompanies"), fields.integer("maxCompanies"), fields.texts("requiredCapabilities"));
    }

    private static Scenario.Blackout blackout(JsonFields fields) {
        return new Scenario.Blackout(fields.text("name"), fields.date("from"), fields.date("to"),
                fields.texts("nations"));
    }

    /** "nations" may be omitted (every listed nation may send people): kept null then, as for sourcing. */
    private static Scenario.LanguageCourse languageCourse(JsonFields fields) {
        return new Scenario.LanguageCourse(fields.text("id"), fields.text("name"), fields.date("start"),
                fields.date("end"), fields.integer("seats"), fields.integer("fromLevel"), fields.integer("toLevel"),
                fields.optionalTexts("nations"));
    }

    private static Scenario.SourcingRequest sourcingRequest(JsonFields fields) {
        return new Scenario.SourcingRequest(fields.text("post"), fields.integer("period"), fields.texts("nations"),
                fields.date("due"), fields.text("priority"), fields.text("reason"), fields.optionalText("holder"),
                fields.text("state"), fields.optionalText("offeredPerson"), fields.optionalText("offeredNation"));
    }

    /** "pinned" is optional; absent it reads as no pins, so that consumers never meet a null. */
    private static Scenario.Pinned pinned(JsonFields file) {
        Scenario.Pinned pinned = file.optionalObject("pinned", fields -> new Scenario.Pinned(
                fields.records("rotation", "post", false, slot -> new Scenario.PinnedSlot(
                        slot.text("post"), slot.integer("period"), slot.text("person"))),
                fields.records("exercises", "exercise", false, exercise -> new Scenario.PinnedExercise(
                        exercise.text("exercise"), exercise.optionalDate("start"),
                        exercise.optionalText("trainingArea"))),
                fields.records("courseSeats", "course", false, seat -> new Scenario.PinnedSeat(
                        seat.text("course"), seat.text("person"), seat.optionalBoolean("attends", true)))));
        return pinned == null ? Scenario.Pinned.none() : pinned;
    }
}
