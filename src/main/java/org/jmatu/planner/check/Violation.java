package org.jmatu.planner.check;

/**
 * One broken rule with the records involved, e.g.
 * "Rule 6 Key groups: period 2 (2028-H1): DCDR and XO both held by RUS (RUS-0004, RUS-0011)".
 */
public record Violation(HardRule rule, String detail) {

    @Override
    public String toString() {
        return rule.heading() + ": " + detail;
    }
}
