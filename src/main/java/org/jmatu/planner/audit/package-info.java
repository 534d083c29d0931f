/**
 * The audit trail: Hibernate Envers records every change to posts, personnel, companies and saved roster
 * plans with the signed-in user's name ({@link org.jmatu.planner.audit.AuditRevision}); {@link
 * org.jmatu.planner.audit.AuditTrail} reads it back as readable changes for the audit view. Nothing depends
 * on this module; it reads the audit tables with SQL, so it needs no access to the other modules' entities.
 */
package org.jmatu.planner.audit;
