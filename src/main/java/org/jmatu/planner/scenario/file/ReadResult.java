package org.jmatu.planner.scenario.file;

import java.util.List;

/**
 * What reading a file gives: the model, or the report of everything wrong with it. Bad input is expected
 * (files come from other nations and HQs), so it is a value to handle, not an exception.
 */
public sealed interface ReadResult<T> {

    record Valid<T>(T value) implements ReadResult<T> {
    }

    record Invalid<T>(ValidationReport report) implements ReadResult<T> {
    }

    default boolean isValid() {
        return this instanceof Valid;
    }

    /** The model; only call after {@link #isValid()}. */
    default T value() {
        if (this instanceof Valid<T> valid) {
            return valid.value();
        }
        throw new IllegalStateException("the file is not valid:\n" + report().text());
    }

    /** The problems; empty for a valid file. */
    default ValidationReport report() {
        return this instanceof Invalid<T> invalid ? invalid.report() : new ValidationReport(List.of(), 0);
    }
}
