package org.jmatu.planner.shared;

import java.util.List;

/** A delete refused because other records still refer to the one to be deleted. */
public class ReferencedRecordException extends RuntimeException {

    public ReferencedRecordException(String record, List<String> references) {
        super(record + " cannot be deleted: " + String.join("; ", references) + ".");
    }
}
