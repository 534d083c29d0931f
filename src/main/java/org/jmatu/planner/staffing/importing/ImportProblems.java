package org.jmatu.planner.staffing.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jmatu.planner.shared.Message;

/**
 * Collects the problems of one import. Keeps only the first per row and column, since a later check of a value
 * already reported (an unreadable date that is also "out of order") would only add a misleading line.
 */
final class ImportProblems {

    /** Enough to fix a file by; a file with thousands of broken rows needs redoing, not a longer list. */
    static final int MAX_REPORTED = 500;

    private final List<ImportProblem> problems = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private int omitted;

    /** A problem with the file as a whole: {@code key} under {@code import.why.}, with its arguments. */
    void file(String key, Object... args) {
        add(new ImportProblem(null, null, "", Message.of("import.why." + key, args)));
    }

    void add(ImportProblem problem) {
        if (!seen.add(problem.row() + "\u0000" + problem.column())) {
            return;
        }
        if (problems.size() < MAX_REPORTED) {
            problems.add(problem);
        } else {
            omitted++;
        }
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    int size() {
        return problems.size() + omitted;
    }

    ImportResult result() {
        return new ImportResult(0, 0, problems, omitted);
    }
}
