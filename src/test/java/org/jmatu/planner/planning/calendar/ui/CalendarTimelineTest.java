package org.jmatu.planner.planning.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 15, defect 2: selecting an exercise filled the details panel below the timeline, and the full-height view
 * shrank the timeline from 202 px to its 2 px of border, so no other exercise could be picked. The browser test
 * measures the height after two selections; this pins down the cause without a browser.
 */
class CalendarTimelineTest {

    @Test
    void theTimelineNeverShrinksToMakeRoomForTheDetailsBelow() {
        assertThat(new CalendarTimeline().getStyle().get("flex-shrink")).isEqualTo("0");
    }
}
