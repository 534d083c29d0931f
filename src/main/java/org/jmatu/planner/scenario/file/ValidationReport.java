package org.jmatu.planner.scenario.file;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every problem found in a scenario or plan file, each naming its record and field, so that whoever made the
 * file can fix all of them in one go instead of one per attempt.
 *
 * @param problems the problems in the order they were found (file first, then record by record)
 * @param omitted  how many further problems were left out to keep the report readable
 */
public record ValidationReport(List<Problem> problems, int omitted) {

    public ValidationReport {
        problems = List.copyOf(problems);
    }

    public static ValidationReport of(String record, String field, String message) {
        return new ValidationReport(List.of(new Problem(record, field, message)), 0);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** One problem a line, e.g. "personnel[17] (USA-0042): rank 'OF-11' is not a NATO rank". */
    public String text() {
        String lines = problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
        return omitted == 0 ? lines : lines + "\n… and " + omitted + " more problems";
    }

    @Override
    public String toString() {
        return text();
    }

    /**
     * @param record  which record, e.g. "personnel[17] (USA-0042)", "horizon" or "file"
     * @param field   the field within it, e.g. "rank" or "sourcing.nations[1]"; empty for the record as a whole
     * @param message what is wrong, worded to follow the field name
     */
    public record Problem(String record, String field, String message) {

        @Override
        public String toString() {
            return record + ": " + (field.isEmpty() ? message : field + " " + message);
        }
    }
}
