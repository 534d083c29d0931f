package org.jmatu.planner.datasets;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jmatu.planner.scenario.file.ValidationReport.Problem;
import org.jmatu.planner.shared.Message;

/** The rules for a data set's name, and the key made from it ("Brigade what-if 2028" → "brigade-what-if-2028"). */
final class DataSetNames {

    static final int MAX_LENGTH = 60;
    private static final String RECORD = "data set";
    private static final String FIELD = "name";
    // Latin letters and digits only, so that every name gives a key that reads the same in an address
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9 ._()'-]*");

    private DataSetNames() {
    }

    static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** What is wrong with {@code name} for a new data set beside {@code existing}; empty when it will do. */
    static List<Problem> problems(String name, Collection<DataSet> existing) {
        List<Problem> problems = new ArrayList<>();
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            problems.add(new Problem(RECORD, FIELD, Message.of("file.name.missing")));
        } else if (trimmed.length() > MAX_LENGTH) {
            problems.add(new Problem(RECORD, FIELD, Message.of("file.name.too-long", String.valueOf(trimmed.length()),
                    String.valueOf(MAX_LENGTH))));
        } else if (!ALLOWED.matcher(trimmed).matches()) {
            problems.add(new Problem(RECORD, FIELD, Message.of("file.name.letters")));
        } else if (key(trimmed).isEmpty()) {
            problems.add(new Problem(RECORD, FIELD, Message.of("file.name.no-letter")));
        } else {
            String key = key(trimmed);
            // "Demo" or "demo unit" would pass for the demo unit, whose key and name differ
            existing.stream().filter(dataSet -> dataSet.key().equals(key) || key(dataSet.name()).equals(key))
                    .findFirst().ifPresent(taken -> problems.add(new Problem(RECORD, FIELD, Message.of("file.name.taken",
                            "'" + trimmed + "'", "'" + taken.name() + "'"))));
        }
        return problems;
    }
}
