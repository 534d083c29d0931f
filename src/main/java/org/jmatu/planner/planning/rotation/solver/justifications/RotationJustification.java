package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A readable reason for a constraint match, and the slots ("DCDR@3") it touches, for the roster view. */
public interface RotationJustification extends ConstraintJustification {

    String description();

    List<String> slotIds();
}
