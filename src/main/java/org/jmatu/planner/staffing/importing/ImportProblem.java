package org.jmatu.planner.staffing.importing;

import org.jmatu.planner.shared.Message;

/**
 * One thing wrong with a nominee list, e.g. "row 7 (RUS-0012): nation RUS is not yours (KAZ)".
 *
 * @param row     the spreadsheet row number (the header is row 1), or null for the file as a whole
 * @param id      the row's id as written, or null when it has none
 * @param column  the column's header, or empty for the row or file as a whole
 * @param why     what is wrong, worded to follow the column name, in the reader's language where shown
 */
public record ImportProblem(Integer row, String id, String column, Message why) {

    /** What is wrong, in English, as logs and tests read it. */
    public String message() {
        return why.english();
    }

    /** "row 7 (RUS-0012)", "row 7" or "file". */
    public String record() {
        if (row == null) {
            return "file";
        }
        return "row " + row + (id == null || id.isBlank() ? "" : " (" + id + ")");
    }

    @Override
    public String toString() {
        return record() + ": " + (column.isEmpty() ? message() : column + " " + message());
    }
}
