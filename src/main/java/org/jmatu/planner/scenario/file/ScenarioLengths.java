package org.jmatu.planner.scenario.file;

import java.util.List;
import java.util.function.Function;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.Message;

/**
 * Every text of a scenario file within the length of the database column it is stored in (the migrations'
 * {@code varchar(n)}), so that a file the reader accepts can always be imported: a longer value is the file's
 * problem, reported with its record and field, never a database error half-way through an import.
 */
final class ScenarioLengths {

    static final int SCENARIO_NAME = 120;
    static final int NATION_CODE = 3;
    static final int NATION_NAME = 80;
    static final int CODE = 20;
    static final int LONG_CODE = 30;
    static final int NAME = 120;
    static final int SECTION = 60;
    static final int TAG = 40;
    static final int HOME_BASE = 80;
    static final int CURRENCY = 3;

    private final Problems problems;

    private ScenarioLengths(Problems problems) {
        this.problems = problems;
    }

    static void check(Scenario scenario, Problems problems) {
        new ScenarioLengths(problems).check(scenario);
    }

    private void check(Scenario scenario) {
        max("scenario", "name", scenario.name(), SCENARIO_NAME);
        each("nations", scenario.nations(), Scenario.Nation::code, (record, nation) -> {
            max(record, "code", nation.code(), NATION_CODE);
            max(record, "name", nation.name(), NATION_NAME);
        });
        each("posts", scenario.posts(), Scenario.Post::id, (record, post) -> {
            max(record, "id", post.id(), CODE);
            max(record, "title", post.title(), NAME);
            max(record, "section", post.section(), SECTION);
            items(record, "skills", post.skills(), TAG);
            if (post.sourcing() != null) {
                max(record, "sourcing.keyGroup", post.sourcing().keyGroup(), TAG);
                items(record, "sourcing.nations", post.sourcing().nations(), NATION_CODE);
            }
        });
        each("personnel", scenario.personnel(), Scenario.Person::id, (record, person) -> {
            max(record, "id", person.id(), CODE);
            max(record, "name", person.name(), NAME);
            max(record, "nativeName", person.nativeName(), NAME);
            items(record, "skills", person.skills(), TAG);
        });
        each("equipmentTypes", scenario.equipmentTypes(), Scenario.EquipmentType::id, (record, type) -> {
            max(record, "id", type.id(), LONG_CODE);
            max(record, "name", type.name(), NAME);
            items(record, "capabilities", type.capabilities(), TAG);
            max(record, "maintenanceSkill", type.maintenanceSkill(), TAG);
        });
        each("companies", scenario.companies(), Scenario.Company::id, (record, company) -> {
            max(record, "id", company.id(), CODE);
            max(record, "name", company.name(), NAME);
            items(record, "capabilities", company.capabilities(), TAG);
            max(record, "homeBaseName", company.homeBaseName(), HOME_BASE);
        });
        each("trainingAreas", scenario.trainingAreas(), Scenario.TrainingArea::id, (record, area) -> {
            max(record, "id", area.id(), CODE);
            max(record, "name", area.name(), NAME);
        });
        each("exercises", scenario.exercises(), Scenario.Exercise::id, (record, exercise) -> {
            max(record, "id", exercise.id(), LONG_CODE);
            max(record, "name", exercise.name(), NAME);
            max(record, "scenario", exercise.scenario(), TAG);
            items(record, "requiredCapabilities", exercise.requiredCapabilities(), TAG);
        });
        each("blackouts", scenario.blackouts(), Scenario.Blackout::name,
                (record, blackout) -> max(record, "name", blackout.name(), NAME));
        each("languageCourses", scenario.languageCourses(), Scenario.LanguageCourse::id, (record, course) -> {
            max(record, "id", course.id(), LONG_CODE);
            max(record, "name", course.name(), NAME);
        });
        each("growth.phases", scenario.growth().phases(), Growth.Phase::name,
                (record, phase) -> max(record, "name", phase.name(), SECTION));
        if (scenario.growth().costModel() != null) {
            max("growth.costModel", "currency", scenario.growth().costModel().currency(), CURRENCY);
        }
        each("growth.garrisons", scenario.growth().garrisons(), Growth.Garrison::id, (record, garrison) -> {
            max(record, "id", garrison.id(), CODE);
            max(record, "name", garrison.name(), NAME);
        });
    }

    private interface RecordCheck<T> {
        void check(String record, T item);
    }

    private static <T> void each(String list, List<T> items, Function<T, String> id,
                                 RecordCheck<T> check) {
        for (int index = 0; items != null && index < items.size(); index++) {
            check.check(Problems.label(list, index, id.apply(items.get(index))), items.get(index));
        }
    }

    private void items(String record, String field, List<String> values, int limit) {
        for (int index = 0; values != null && index < values.size(); index++) {
            max(record, field + "[" + index + "]", values.get(index), limit);
        }
    }

    private void max(String record, String field, String value, int limit) {
        if (value != null && value.length() > limit) {
            problems.add(record, field, Message.of("file.too-long", value.length(), limit));
        }
    }
}
