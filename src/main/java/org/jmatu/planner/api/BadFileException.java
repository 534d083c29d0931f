package org.jmatu.planner.api;

import java.util.List;
import java.util.Locale;
import org.jmatu.planner.scenario.file.ValidationReport;
import org.jmatu.planner.shared.I18n;

/**
 * A scenario or plan file the readers refuse; answered with every problem of its report (422), and a detail that is
 * the bundle text {@code problem.<detailKey>} in the caller's language.
 */
class BadFileException extends RuntimeException {

    private final transient ValidationReport report;
    private final String detailKey;
    private final transient List<Object> args;

    BadFileException(ValidationReport report, String detailKey, Object... args) {
        super(I18n.translate(Locale.ENGLISH, "problem." + detailKey, args));
        this.report = report;
        this.detailKey = detailKey;
        this.args = List.of(args);
    }

    ValidationReport report() {
        return report;
    }

    String detailKey() {
        return detailKey;
    }

    Object[] args() {
        return args.toArray();
    }
}
