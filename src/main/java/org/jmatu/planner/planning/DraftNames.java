package org.jmatu.planner.planning;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The one way a draft is named and a saved version's time is shown: to the minute, "2027-03-01 08:00", so a
 * draft saved from a solve reads "Battalion 2027-2029 2027-03-01 08:00".
 */
public final class DraftNames {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DraftNames() {
    }

    /** The name of a draft of {@code scenario} saved now by {@code clock}. */
    public static String of(String scenario, Clock clock) {
        return scenario + " " + stamp(LocalDateTime.now(clock));
    }

    /** A time as draft names show it, to the minute. */
    public static String stamp(LocalDateTime time) {
        return time.format(STAMP);
    }
}
