package org.jmatu.planner.scenario.file;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jmatu.planner.shared.Message;
import org.jmatu.planner.shared.Quoted;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object of a file, naming each problem with the record and field. A field that
 * is missing or of the wrong type gives a placeholder (null, 0, an empty list) and a problem, so that reading
 * goes on and the report lists every problem of the file, not only the first.
 */
final class JsonFields {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2999;

    private final JsonNode node;
    private final String record;
    private final String prefix;
    private final Problems problems;

    private JsonFields(JsonNode node, String record, String prefix, Problems problems) {
        this.node = node;
        this.record = record;
        this.prefix = prefix;
        this.problems = problems;
    }

    /** The fields of a top-level record, or null (reported) when the node is not an object. */
    static JsonFields of(JsonNode node, String record, Problems problems) {
        if (node == null || !node.isObject()) {
            problems.add(record, "", Message.of("file.not-object", describe(node)));
            return null;
        }
        return new JsonFields(node, record, "", problems);
    }

    String record() {
        return record;
    }

    /** Reports a problem with a field of this record (the path prefix is added). */
    void problem(String field, Message why) {
        problems.add(record, prefix + field, why);
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    String text(String field) {
        JsonNode value = required(field);
        return value == null ? null : asText(field, value);
    }

    String optionalText(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : asText(field, value);
    }

    /** A field that must be present but may be null, such as a rotation row's "person" (null: unfilled). */
    String nullableText(String field, Message nullMeans) {
        JsonNode value = node.get(field);
        if (value == null) {
            problem(field, Message.of("file.missing.null-marks", "null", nullMeans));
            return null;
        }
        return value.isNull() ? null : asText(field, value);
    }

    /** A date that must be present but may be null, such as an unscheduled exercise's "start". */
    LocalDate nullableDate(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            problem(field, Message.of("file.missing.null-marks", "null", Message.of("file.null.unscheduled")));
            return null;
        }
        return value.isNull() ? null : asDate(field, value);
    }

    /** A list of strings that must be present, though it may be empty. */
    List<String> requiredTexts(String field) {
        if (node.get(field) == null) {
            problem(field, Message.of("file.missing"));
        } else if (node.get(field).isNull()) {
            problem(field, Message.of("file.not-list", describe(node.get(field))));
        }
        return texts(field);
    }

    int integer(String field) {
        JsonNode value = required(field);
        Integer result = value == null ? null : asInteger(field, value);
        return result == null ? 0 : result;
    }

    Integer optionalInteger(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : asInteger(field, value);
    }

    /** A true or false that may be omitted (then {@code absent}). */
    boolean optionalBoolean(String field, boolean absent) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.isBoolean()) {
            problem(field, Message.of("file.not-boolean", describe(value), "true", "false"));
            return absent;
        }
        return value.booleanValue();
    }

    double number(String field) {
        JsonNode value = required(field);
        if (value == null) {
            return 0;
        }
        if (!value.isNumber()) {
            problem(field, Message.of("file.not-number", describe(value)));
            return 0;
        }
        return value.doubleValue();
    }

    LocalDate date(String field) {
        JsonNode value = required(field);
        return value == null ? null : asDate(field, value);
    }

    LocalDate optionalDate(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : asDate(field, value);
    }

    /** A list of strings; a missing list reads as empty (an empty list and no list mean the same in these files). */
    List<String> texts(String field) {
        List<String> result = new ArrayList<>();
        JsonNode array = optionalArray(field);
        for (int index = 0; array != null && index < array.size(); index++) {
            String item = asText(field + "[" + index + "]", array.get(index));
            if (item != null) {
                result.add(item);
            }
        }
        return List.copyOf(result);
    }

    /** Like {@link #texts} but null when the field is absent, for lists whose absence means something. */
    List<String> optionalTexts(String field) {
        return has(field) ? texts(field) : null;
    }

    List<Integer> integers(String field) {
        List<Integer> result = new ArrayList<>();
        JsonNode array = optionalArray(field);
        for (int index = 0; array != null && index < array.size(); index++) {
            Integer item = asInteger(field + "[" + index + "]", array.get(index));
            if (item != null) {
                result.add(item);
            }
        }
        return List.copyOf(result);
    }

    /** A nested object of this record, e.g. "sourcing"; its fields are named "sourcing.rule" and so on. */
    <T> T object(String field, Function<JsonFields, T> reader) {
        JsonNode value = required(field);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            problem(field, Message.of("file.not-object", describe(value)));
            return null;
        }
        return reader.apply(new JsonFields(value, record, prefix + field + ".", problems));
    }

    /** A list of nested objects of this record, e.g. a company's "equipment[2].type"; missing reads as empty. */
    <T> List<T> objects(String field, Function<JsonFields, T> reader) {
        List<T> result = new ArrayList<>();
        JsonNode array = optionalArray(field);
        for (int index = 0; array != null && index < array.size(); index++) {
            JsonNode item = array.get(index);
            String itemField = field + "[" + index + "]";
            if (!item.isObject()) {
                problem(itemField, Message.of("file.not-object", describe(item)));
                continue;
            }
            result.add(reader.apply(new JsonFields(item, record, prefix + itemField + ".", problems)));
        }
        return List.copyOf(result);
    }

    /** The raw array of a field, or null when absent or null; wrong types are reported. */
    JsonNode optionalArray(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            problem(field, Message.of("file.not-list", describe(value)));
            return null;
        }
        return value;
    }

    /**
     * A list of records of their own, e.g. "personnel" or (under "pinned") "rotation": each element is labelled
     * "personnel[17] (USA-0042)" or "pinned.rotation[0] (CDR)" by its index and its id field.
     */
    <T> List<T> records(String list, String idField, boolean required, Function<JsonFields, T> reader) {
        JsonNode array = node.get(list);
        if (array == null || array.isNull()) {
            if (required) {
                problem(list, Message.of("file.missing"));
            }
            return List.of();
        }
        if (!array.isArray()) {
            problem(list, Message.of("file.not-list", describe(array)));
            return List.of();
        }
        List<T> result = new ArrayList<>();
        for (int index = 0; index < array.size(); index++) {
            JsonNode item = array.get(index);
            JsonNode id = item.isObject() ? item.get(idField) : null;
            String label = Problems.label(prefix + list, index, id != null && id.isString() ? id.stringValue() : null);
            JsonFields fields = of(item, label, problems);
            if (fields != null) {
                result.add(reader.apply(fields));
            }
        }
        return List.copyOf(result);
    }

    /** An optional nested object, null (without a problem) when absent. */
    <T> T optionalObject(String field, Function<JsonFields, T> reader) {
        return has(field) ? object(field, reader) : null;
    }

    private JsonNode required(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            problem(field, Message.of("file.missing"));
            return null;
        }
        if (value.isNull()) {
            problem(field, Message.of("file.null", describe(value)));
            return null;
        }
        return value;
    }

    private String asText(String field, JsonNode value) {
        if (!value.isString()) {
            problem(field, Message.of("file.not-string", describe(value)));
            return null;
        }
        return value.stringValue();
    }

    private Integer asInteger(String field, JsonNode value) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problem(field, Message.of("file.not-whole-number", describe(value)));
            return null;
        }
        return value.intValue();
    }

    private LocalDate asDate(String field, JsonNode value) {
        if (value.isString()) {
            try {
                LocalDate date = LocalDate.parse(value.stringValue());
                if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                    // ISO dates reach year 999999999, where a horizon's end or a period's date is no date at all
                    problem(field, Message.of("file.date-years", date.toString(), FIRST_YEAR, LAST_YEAR));
                    return null;
                }
                return date;
            } catch (DateTimeParseException e) {
                // falls through to the problem below
            }
        }
        problem(field, Message.of("file.not-date", describe(value)));
        return null;
    }

    /**
     * "the string 'five'", "the number 5.5", "a list", … for wrong-type messages; JSON's own null as it is written,
     * in every language.
     */
    static Object describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return Message.of("file.value.nothing");
        }
        if (value.isNull()) {
            return "null";
        }
        if (value.isString()) {
            return Message.of("file.value.string", Problems.quote(value.stringValue()));
        }
        if (value.isNumber()) {
            return Message.of("file.value.number", Quoted.shortened(value));
        }
        if (value.isBoolean()) {
            return Message.of("file.value.boolean", value.toString());
        }
        return Message.of(value.isArray() ? "file.value.list" : "file.value.object");
    }
}
