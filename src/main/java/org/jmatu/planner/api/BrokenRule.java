package org.jmatu.planner.api;

import org.jmatu.planner.check.Violation;

/**
 * A hard rule a plan breaks, as the plan checker found it.
 *
 * @param rule   the rule's number in docs/file-formats.md (0 for the plan file's structure)
 * @param name   the rule's name, e.g. "Key groups"
 * @param detail where it is broken, naming the records, e.g. "period 2 (2028-H1): DCDR and XO both held by RUS"
 */
record BrokenRule(int rule, String name, String detail) {

    static BrokenRule of(Violation violation) {
        return new BrokenRule(violation.rule().number(), violation.rule().title(), violation.detail());
    }
}
