package org.jmatu.planner.planning.calendar.solver;

import java.util.List;

/** One line of the explanation panel: a rule, how often it matched, what it costs, and why. */
public record ConstraintExplanation(String constraint, boolean hard, int matches, String impact,
                                    List<String> justifications) {
}
