package org.jmatu.planner.staffing.importing;

import java.util.List;

/** One row of a CSV file or worksheet as text, numbered as a spreadsheet numbers it (the first row is 1). */
record TextRow(int number, List<String> cells) {

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
