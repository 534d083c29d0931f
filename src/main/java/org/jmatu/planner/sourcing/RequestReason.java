package org.jmatu.planner.sourcing;

import org.jmatu.planner.shared.TranslatedEnum;

/** Why a slot needs a nominee: nobody holds it, or its holder leaves before the period ends. */
public enum RequestReason implements TranslatedEnum {
    UNFILLED, HOLDER_LEAVES
}
