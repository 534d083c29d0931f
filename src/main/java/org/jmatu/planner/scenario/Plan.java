package org.jmatu.planner.scenario;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan for a scenario, field for field as the plan file of SCENARIO.md (format jmatu-plan/1): the rotation
 * roster, the exercise calendar and the gaps a planner must act on.
 *
 * @param scenario the name of the scenario the plan was made for
 * @param score    the solver's score, e.g. "0hard/-2medium/-1830soft"; null for a plan made by hand
 */
public record Plan(String format, String scenario, String score, List<RotationRow> rotation,
                   List<ExerciseRow> exercises, List<Gap> gaps) {

    public static final String FORMAT = "jmatu-plan/1";

    /** One active (post, period) slot; {@code person} is null where the slot is unfilled. */
    public record RotationRow(String post, int period, String person) {
    }

    /** An exercise as scheduled; start, end and trainingArea are null while it is not scheduled. */
    public record ExerciseRow(String exercise, LocalDate start, LocalDate end, String trainingArea,
                              List<String> companies) {
    }

    /** Why a slot is unfilled, worded so that a planner can act on it. */
    public record Gap(String post, int period, String reason) {
    }
}
