package org.jmatu.planner.shared;

/** How a value a user typed appears inside a problem report. */
public final class Quoted {

    private static final int MAX_LENGTH = 60;

    private Quoted() {
    }

    /** Quotes a value for a message, shortened so that a huge value cannot flood the report. */
    public static String value(Object value) {
        return "'" + shortened(value) + "'";
    }

    /** The value as text, cut to a length a report line can carry. */
    public static String shortened(Object value) {
        String text = String.valueOf(value);
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH - 3) + "…" : text;
    }
}
