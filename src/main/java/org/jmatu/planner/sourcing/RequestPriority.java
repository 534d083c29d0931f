package org.jmatu.planner.sourcing;

import org.jmatu.planner.shared.TranslatedEnum;

/** Which requests the nations answer first: the rotating key posts, then section chiefs, then the rest. */
public enum RequestPriority implements TranslatedEnum {
    KEY_POST, SECTION_CHIEF, ROUTINE
}
