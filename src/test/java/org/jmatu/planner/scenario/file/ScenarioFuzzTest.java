package org.jmatu.planner.scenario.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jmatu.planner.check.PlanChecker;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whatever a file holds, reading it gives a model or a report, never an exception: random values of random
 * types dropped into random places of a real scenario, and random truncations.
 */
class ScenarioFuzzTest {

    private static final Scenario SMALL = ScenarioGenerator.generate(Scale.BATTALION, 11);
    private static final String TEXT = ScenarioFiles.write(SMALL);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void randomlyDamagedFilesGiveAReportAndNoException() {
        Random random = new Random(0);
        for (int round = 0; round < 300; round++) {
            ObjectNode root = (ObjectNode) JSON.readTree(TEXT);
            for (int damage = 0; damage <= random.nextInt(4); damage++) {
                damage(root, random);
            }
            String text = JSON.writeValueAsString(root);
            assertThatCode(() -> {
                ReadResult<Scenario> read = ScenarioFiles.read(text);
                if (read.isValid()) {
                    // A damage that keeps the file valid must still give a scenario the checker can take.
                    PlanChecker.check(read.value(), new Plan(Plan.FORMAT, read.value().name(), null, List.of(),
                            List.of(), List.of()));
                } else {
                    assertThat(read.report().problems()).isNotEmpty();
                }
            }).as("round %d: %s", round, text.length() > 0 ? "damaged file" : "").doesNotThrowAnyException();
        }
    }

    @Test
    void truncatedFilesGiveAReportAndNoException() {
        Random random = new Random(1);
        for (int round = 0; round < 100; round++) {
            String text = TEXT.substring(0, random.nextInt(TEXT.length()));
            assertThatCode(() -> assertThat(ScenarioFiles.read(text).isValid()).isFalse()).doesNotThrowAnyException();
            assertThatCode(() -> PlanFiles.read(text, SMALL)).doesNotThrowAnyException();
        }
    }

    /** Replaces one value somewhere in the tree with a value of a random type, or removes it. */
    private static void damage(ObjectNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode container = containers.get(random.nextInt(containers.size()));
        if (container instanceof ObjectNode object && !object.isEmpty()) {
            List<String> names = new ArrayList<>(object.propertyNames());
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(5) == 0) {
                object.remove(name);
            } else {
                object.set(name, randomValue(random));
            }
        } else if (container instanceof ArrayNode array && !array.isEmpty()) {
            array.set(random.nextInt(array.size()), randomValue(random));
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainer()) {
            containers.add(node);
            node.values().forEach(child -> collect(child, containers));
        }
    }

    private static JsonNode randomValue(Random random) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (random.nextInt(10)) {
            case 0 -> nodes.nullNode();
            case 1 -> nodes.textNode("");
            case 2 -> nodes.textNode("XYZ");
            case 3 -> nodes.numberNode(random.nextInt(20) - 5);
            case 4 -> nodes.numberNode(1e12);
            case 5 -> nodes.booleanNode(true);
            case 6 -> nodes.arrayNode().add(nodes.nullNode());
            case 7 -> nodes.objectNode();
            case 8 -> nodes.textNode("2027-02-30");
            default -> nodes.textNode("OF-" + random.nextInt(12));
        };
    }
}
