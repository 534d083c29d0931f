package org.jmatu.planner.planning.rotation.domain;

import org.jmatu.planner.shared.Message;

/**
 * An unfilled active slot with a reason a planner can act on: in English in the plan file
 * (docs/file-formats.md plan {@code gaps}), in the reader's language where a view or export shows it.
 */
public record Gap(String post, int period, Message why) {

    /** The reason as plan files and the command line write it. */
    public String reason() {
        return why.english();
    }
}
