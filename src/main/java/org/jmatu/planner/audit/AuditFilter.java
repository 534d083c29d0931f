package org.jmatu.planner.audit;

import java.time.LocalDate;

/** What the audit view narrows to; every part is optional (null means any). Dates are inclusive, in UTC. */
public record AuditFilter(AuditedKind kind, String username, LocalDate from, LocalDate to) {

    public static AuditFilter any() {
        return new AuditFilter(null, null, null, null);
    }
}
