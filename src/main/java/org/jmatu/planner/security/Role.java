package org.jmatu.planner.security;

import org.jmatu.planner.shared.TranslatedEnum;

/**
 * What an account may do. The names are the Spring Security roles (granted as {@code ROLE_PLANNER}, ...);
 * the constants on the right are for annotations, which need compile-time strings.
 */
public enum Role implements TranslatedEnum {
    /** Keeps the data and builds plans; publishes, never approves. */
    PLANNER,
    /** Reads everything; approves a published roster or returns it with a comment. */
    COMMANDER,
    /** One nation's officer: the calendar, their nation's roster rows and nominees. */
    LIAISON,
    /** Keeps the accounts. */
    ADMIN;

    public static final String PLANNER_NAME = "PLANNER";
    public static final String COMMANDER_NAME = "COMMANDER";
    public static final String LIAISON_NAME = "LIAISON";
    public static final String ADMIN_NAME = "ADMIN";

    public String authority() {
        return "ROLE_" + name();
    }
}
