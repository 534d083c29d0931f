package org.jmatu.planner.api;

import org.jmatu.planner.scenario.file.ValidationReport;

/** A scenario or plan file the readers refuse; answered with every problem of its report (422). */
class BadFileException extends RuntimeException {

    private final ValidationReport report;

    BadFileException(String message, ValidationReport report) {
        super(message);
        this.report = report;
    }

    ValidationReport report() {
        return report;
    }
}
