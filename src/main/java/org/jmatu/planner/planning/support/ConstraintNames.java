package org.jmatu.planner.planning.support;

import java.util.Locale;
import org.jmatu.planner.shared.I18n;

/**
 * A constraint's name as a planner reads it. The constraint providers name each constraint in English, and that
 * name stays its id (in the verifier tests, plan files, the command line and docs/constraints.md); a view shows it
 * through the bundles under {@code constraint.<the name in lower case, hyphenated>}.
 */
public final class ConstraintNames {

    private static final String PREFIX = "constraint.";

    private ConstraintNames() {
    }

    /** "Tour limit" → {@code constraint.tour-limit}. */
    public static String key(String constraintName) {
        return PREFIX + constraintName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** The name in the reader's language (the UI's; English elsewhere). */
    public static String display(String constraintName) {
        return I18n.t(key(constraintName));
    }
}
