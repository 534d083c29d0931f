package org.jmatu.planner.scenario.file;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Message;

/**
 * Every problem found in a scenario or plan file, each naming its record and field, so that whoever made the
 * file can fix all of them in one go instead of one per attempt. Each problem keeps its message as a
 * {@link Message}: a view shows it in the reader's language ({@link Problem#text()}), while the command line, the
 * API and {@link #text()} give it in English, as files and logs carry it.
 *
 * @param problems the problems in the order they were found (file first, then record by record)
 * @param omitted  how many further problems were left out to keep the report readable
 */
public record ValidationReport(List<Problem> problems, int omitted) {

    public ValidationReport {
        problems = List.copyOf(problems);
    }

    public static ValidationReport of(String record, String field, Message why) {
        return new ValidationReport(List.of(new Problem(record, field, why)), 0);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** One problem a line in English, e.g. "personnel[17] (USA-0042): rank 'OF-11' is not a NATO rank". */
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
     * @param why     what is wrong, worded to follow the field name
     */
    public record Problem(String record, String field, Message why) {

        /** The records that are the whole file (or the name given with it): words, not paths into the file. */
        private static final Set<String> WHOLE = Set.of("file", "scenario", "plan", "data set");

        /** What is wrong, in English. */
        public String message() {
            return why.english();
        }

        /** What is wrong, in the reader's language. */
        public String text() {
            return why.text();
        }

        /** The record in the reader's language: "file" in words, "personnel[17] (USA-0042)" as the file has it. */
        public String recordText() {
            return WHOLE.contains(record) ? I18n.t("file.record." + record.replace(' ', '-')) : record;
        }

        /** The English line, e.g. "personnel[17] (USA-0042): rank 'OF-11' is not a NATO rank". */
        @Override
        public String toString() {
            return record + ": " + (field.isEmpty() ? message() : field + " " + message());
        }
    }
}
