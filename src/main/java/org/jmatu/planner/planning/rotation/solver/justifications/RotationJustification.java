package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;
import org.jmatu.planner.planning.support.PlanJustification;

/** A roster constraint match: its facts, its sentence, and the slots ("DCDR@3") it touches, for the roster view. */
public interface RotationJustification extends PlanJustification {

    List<String> slotIds();
}
