package org.jmatu.planner.planning.support;

import java.util.List;
import org.jmatu.planner.shared.I18n;

/**
 * What a planner reads before saving a roster or calendar that breaks hard rules: "This roster breaks 3 hard rules:
 * One post at a time (2), e.g. …; Tour limit (1), e.g. …; it will be kept as a draft marked infeasible".
 */
public final class BrokenHardRules {

    /** One broken rule: its name (the constraint's id, shown in the reader's language), how often it is broken, and one example in a planner's words (or null). */
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
        StringBuilder rules = new StringBuilder();
        for (int i = 0; i < broken.size(); i++) {
            Rule rule = broken.get(i);
            rules.append(i == 0 ? "" : "; ").append(ConstraintNames.display(rule.name())).append(" (").append(rule.matches()).append(')');
            if (rule.example() != null) {
                rules.append(I18n.t("broken.example", rule.example()));
            }
        }
        return I18n.t("broken.warning", I18n.t("broken." + what), total, rules.toString());
    }
}
