package org.jmatu.planner.staffing.importing;

import java.util.List;

/**
 * What an import did: either it imported every row ({@code created} new and {@code updated} existing nominees)
 * or it imported nothing and lists every problem found.
 *
 * @param omitted how many further problems were left out to keep the list readable
 */
public record ImportResult(int created, int updated, List<ImportProblem> problems, int omitted) {

    public ImportResult {
        problems = List.copyOf(problems);
    }

    static ImportResult imported(int created, int updated) {
        return new ImportResult(created, updated, List.of(), 0);
    }

    public boolean isImported() {
        return problems.isEmpty();
    }

    /** "12 nominees imported (10 new, 2 updated)" or "Nothing imported: 3 problems". */
    public String summary() {
        if (isImported()) {
            int total = created + updated;
            return (total == 1 ? "1 nominee" : total + " nominees") + " imported (" + created + " new, "
                    + updated + " updated)";
        }
        int count = problems.size() + omitted;
        return "Nothing imported: " + (count == 1 ? "1 problem" : count + " problems") + " to fix in the file";
    }
}
