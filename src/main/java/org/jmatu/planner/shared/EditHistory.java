package org.jmatu.planner.shared;

import java.time.Instant;
import java.util.List;

/**
 * What others changed in a record since a moment, one line per saved change ("planner2, 11:40: Title: XO →
 * Executive Officer"), for the conflict dialog. The audit trail knows this; it provides the bean, so the shell
 * does not depend on it; it sits in the kernel so that the audit module implements it without using the shell.
 */
public interface EditHistory {

    /** The changes saved after {@code since}, oldest first; empty when the record's kind keeps no trail. */
    List<String> changesSince(VersionedEntity record, Instant since);
}
