package org.jmatu.planner.security;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.envers.Audited;

/**
 * The record of one sign-in lock, kept for the audit trail: which account or client address was locked after
 * how many failures, until when, and which administrator lifted it early. The lock itself is enforced by
 * {@link SignInThrottle} in memory; this row is what stays on record.
 */
@Entity
@Audited
class SignInLock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String subject;
    private int failures;
    private Instant lockedUntil;
    private String liftedBy;

    protected SignInLock() {
    }

    SignInLock(String subject, int failures, Instant lockedUntil) {
        this.subject = subject;
        this.failures = failures;
        this.lockedUntil = lockedUntil;
    }

    void lift(String administrator, Instant now) {
        this.liftedBy = administrator;
        this.lockedUntil = now;
    }
}
