package org.jmatu.planner.planning.calendar.solver.justifications;

import java.util.List;
import org.jmatu.planner.planning.support.PlanJustification;

/** A calendar constraint match: its facts, its sentence, and the exercises ("CFX-2027-1") it concerns. */
public interface CalendarJustification extends PlanJustification {

    /** The exercises the match concerns; empty for a rule over companies or nations as a whole. */
    List<String> exercises();
}
