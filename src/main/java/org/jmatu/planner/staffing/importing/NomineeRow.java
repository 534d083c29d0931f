package org.jmatu.planner.staffing.importing;

import java.util.Map;
import org.jmatu.planner.shared.Message;

/** One person's row of a nominee list: the text of each column, stripped; a missing column reads as blank. */
record NomineeRow(int number, Map<NomineeColumn, String> values) {

    NomineeRow {
        values = Map.copyOf(values);
    }

    String get(NomineeColumn column) {
        return values.getOrDefault(column, "");
    }

    /** A problem with this row, labelled by its number and the id it was given: {@code import.why.<key>}. */
    ImportProblem problem(NomineeColumn column, String key, Object... args) {
        return problem(column, Message.of("import.why." + key, args));
    }

    ImportProblem problem(NomineeColumn column, Message why) {
        return new ImportProblem(number, get(NomineeColumn.ID), column == null ? "" : column.header(), why);
    }
}
