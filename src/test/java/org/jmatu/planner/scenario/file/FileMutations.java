package org.jmatu.planner.scenario.file;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ways a scenario or plan file goes wrong, as jqwik arbitraries: a value of another type, a number out of
 * range, a text longer than its column, a reference to nothing, a duplicated record, a dropped field, a date
 * that is none or is far away, deep nesting, and the bytes in another encoding or with a byte order mark.
 * Shared by the reader's property test and the API's, which sends the mutated files over HTTP.
 */
public final class FileMutations {

    public enum Kind { WRONG_TYPE, HUGE_NUMBER, NEGATIVE_NUMBER, LONG_TEXT, UNKNOWN_REFERENCE, DUPLICATE, DROP, BAD_DATE,
        FAR_DATE, DEEP_NESTING }

    /** One change at a place: {@code where} picks a container of the tree, {@code size} scales the change. */
    public record Mutation(Kind kind, int where, int size) {
    }

    public enum Encoding { UTF8, UTF8_WITH_BYTE_ORDER_MARK, LATIN1, UTF16 }

    /** A mutated file: its changes and the encoding its bytes are sent in. */
    public record MutatedFile(List<Mutation> mutations, Encoding encoding) {

        public byte[] bytes(String validFileText) {
            return encode(apply(validFileText), encoding);
        }

        public String text(String validFileText) {
            return apply(validFileText);
        }

        private String apply(String validFileText) {
            ObjectNode root = (ObjectNode) JSON.readTree(validFileText);
            mutations.forEach(mutation -> FileMutations.apply(root, mutation));
            return nestingWritten(JSON.writeValueAsString(root));
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NESTING = "nested-lists:";
    private static final Pattern NESTING_MARK = Pattern.compile("\"" + NESTING + "(\\d+)\"");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FileMutations() {
    }

    public static Arbitrary<MutatedFile> files() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(1, 200_000))
                .as(Mutation::new);
        // mostly UTF-8 (with and without a mark), so that most tries reach the fields rather than the decoder
        Arbitrary<Encoding> encoding = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(Encoding.UTF8)),
                Tuple.of(2, Arbitraries.just(Encoding.UTF8_WITH_BYTE_ORDER_MARK)),
                Tuple.of(1, Arbitraries.just(Encoding.LATIN1)),
                Tuple.of(1, Arbitraries.just(Encoding.UTF16)));
        return Combinators.combine(mutation.list().ofMinSize(1).ofMaxSize(3), encoding).as(MutatedFile::new);
    }

    static void apply(ObjectNode root, Mutation mutation) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode container = containers.get(mutation.where() % containers.size());
        if (mutation.kind() == Kind.DUPLICATE) {
            duplicate(container);
            return;
        }
        if (container instanceof ObjectNode object && !object.isEmpty()) {
            List<String> names = new ArrayList<>(object.propertyNames());
            String name = names.get(mutation.size() % names.size());
            if (mutation.kind() == Kind.DROP) {
                object.remove(name);
            } else {
                object.set(name, value(mutation));
            }
        } else if (container instanceof ArrayNode array && !array.isEmpty()) {
            int index = mutation.size() % array.size();
            if (mutation.kind() == Kind.DROP) {
                array.remove(index);
            } else {
                array.set(index, value(mutation));
            }
        }
    }

    /** A record listed twice: the same id for two records. */
    private static void duplicate(JsonNode container) {
        if (container instanceof ArrayNode array && !array.isEmpty()) {
            array.add(array.get(0).deepCopy());
        }
    }

    private static JsonNode value(Mutation mutation) {
        int size = mutation.size();
        return switch (mutation.kind()) {
            case WRONG_TYPE -> switch (size % 5) {
                case 0 -> NODES.nullNode();
                case 1 -> NODES.booleanNode(true);
                case 2 -> NODES.numberNode(size / 7.0);
                case 3 -> NODES.objectNode();
                default -> NODES.arrayNode().add("x");
            };
            case HUGE_NUMBER -> size % 2 == 0 ? NODES.numberNode(Integer.MAX_VALUE)
                    : NODES.numberNode(new BigInteger("9".repeat(1 + size % 1_500)));
            case NEGATIVE_NUMBER -> NODES.numberNode(-size);
            case LONG_TEXT -> NODES.stringNode("Ж".repeat(size));
            case UNKNOWN_REFERENCE -> NODES.stringNode("NO-SUCH-" + size);
            case BAD_DATE -> NODES.stringNode(size % 2 == 0 ? "2027-02-30" : "31/12/2027");
            case FAR_DATE -> NODES.stringNode(size % 2 == 0 ? "+999999999-12-31" : "0001-01-01");
            case DEEP_NESTING -> NODES.stringNode(NESTING + (50 + size % 3_000));
            case DROP, DUPLICATE -> throw new IllegalStateException("not a value: " + mutation.kind());
        };
    }

    /** Deep nesting is written as text: Jackson refuses to write a tree nested deeper than its own limit. */
    private static String nestingWritten(String json) {
        return NESTING_MARK.matcher(json).replaceAll(found -> {
            int depth = Integer.parseInt(found.group(1));
            return "[".repeat(depth) + "]".repeat(depth);
        });
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainer()) {
            containers.add(node);
            node.values().forEach(child -> collect(child, containers));
        }
    }

    private static byte[] encode(String text, Encoding encoding) {
        return switch (encoding) {
            case UTF8 -> text.getBytes(StandardCharsets.UTF_8);
            case UTF8_WITH_BYTE_ORDER_MARK -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
            case LATIN1 -> text.getBytes(StandardCharsets.ISO_8859_1);
            case UTF16 -> text.getBytes(StandardCharsets.UTF_16);
        };
    }
}
