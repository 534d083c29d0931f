package org.jmatu.planner.scenario.file;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jmatu.planner.shared.Message;
import org.jmatu.planner.shared.Quoted;

/**
 * Collects problems while a file is read and validated. Keeps only the first problem per record and field:
 * a field that is missing is read as a placeholder, and the later range check on that placeholder must not
 * add a second, misleading line.
 *
 * <p>Every problem is added as {@code problems.add(record, field, Message.of("file.<kind>", args...))}, its key in
 * the bundles' "Scenario and plan file reports" block; a number goes in as the file wrote it (never "1,000").
 */
final class Problems {

    /** Enough to fix a file by; a file with thousands of broken records needs regenerating, not a longer list. */
    static final int MAX_REPORTED = 500;

    private final List<ValidationReport.Problem> problems = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private int omitted;

    void add(String record, String field, Message why) {
        if (!seen.add(record + '\u0000' + field)) {
            return;
        }
        if (problems.size() < MAX_REPORTED) {
            problems.add(new ValidationReport.Problem(record, field, asWritten(why)));
        } else {
            omitted++;
        }
    }

    /** A number of the file as its text: a message formats numbers as a language groups them, "100000" as "100,000". */
    private static Message asWritten(Message why) {
        return new Message(why.key(), why.args().stream()
                .map(arg -> arg instanceof Number number ? String.valueOf(number) : arg).toList());
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    ValidationReport report() {
        return new ValidationReport(problems, omitted);
    }

    /** "personnel[17] (USA-0042)", or "personnel[17]" when the record has no readable id. */
    static String label(String list, int index, String id) {
        // an id is shortened like any quoted value, so that a huge one cannot flood the report through its label
        return list + "[" + index + "]" + (id == null || id.isBlank() ? "" : " (" + Quoted.shortened(id) + ")");
    }

    /** Quotes a value for a message, shortened so that a huge value cannot flood the report. */
    static String quote(Object value) {
        return Quoted.value(value);
    }
}
