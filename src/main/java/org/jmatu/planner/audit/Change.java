package org.jmatu.planner.audit;

import java.time.Instant;

/**
 * One change to one record as people read it: who, when, which record, what kind of change, and the fields
 * that changed ("name: Dana → Dina"), compared with that record's previous revision.
 */
public record Change(long revision, Instant when, String username, AuditedKind kind, String record, String action,
                     String what) {
}
