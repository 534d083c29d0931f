package org.jmatu.planner.planning.support;

import java.util.List;

/**
 * What a planner reads before saving a roster or calendar that breaks hard rules: "This roster breaks 3 hard rules:
 * One post at a time (2), e.g. …; Tour limit (1), e.g. …; it will be kept as a draft marked infeasible".
 */
public final class BrokenHardRules {

    /** One broken rule: its name, how often it is broken, and one example in a planner's words (or null). */
    public record Rule(String name, int matches, String example) {
    }

    private BrokenHardRules() {
    }

    /** The warning for {@code what} ("roster", "calendar"), or null where no rule is broken. */
    public static String warning(String what, List<Rule> broken) {
        int total = broken.stream().mapToInt(Rule::matches).sum();
        if (total == 0) {
            return null;
        }
        StringBuilder text = new StringBuilder("This " + what + " breaks " + total + " hard rule"
                + (total == 1 ? "" : "s") + ": ");
        for (int i = 0; i < broken.size(); i++) {
            Rule rule = broken.get(i);
            text.append(i == 0 ? "" : "; ").append(rule.name()).append(" (").append(rule.matches()).append(')');
            if (rule.example() != null) {
                text.append(", e.g. ").append(rule.example());
            }
        }
        return text.append("; it will be kept as a draft marked infeasible and cannot be published").toString();
    }
}
