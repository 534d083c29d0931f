package org.jmatu.planner.scenario;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan for a scenario, field for field as the plan file of docs/file-formats.md (format jmatu-plan/1): the rotation
 * roster, the exercise calendar and the gaps a planner must act on.
 *
 * @param scenario the name of the scenario the plan was made for
 * @param score    the solver's score, e.g. "0hard/-2medium/-1830soft"; null for a plan made by hand
 * @param causes   why no plan keeping every hard rule exists (optional, the product's own addition: the checker
 *                 ignores it); empty when none is proven
 */
public record Plan(String format, String scenario, String score, List<RotationRow> rotation,
                   List<ExerciseRow> exercises, List<Gap> gaps, List<Cause> causes, List<CourseSeat> courseSeats) {

    public static final String FORMAT = "jmatu-plan/1";

    public Plan {
        causes = causes == null ? List.of() : List.copyOf(causes);
        courseSeats = courseSeats == null ? List.of() : List.copyOf(courseSeats);
    }

    /** A plan that sends no one on a course. */
    public Plan(String format, String scenario, String score, List<RotationRow> rotation, List<ExerciseRow> exercises,
                List<Gap> gaps, List<Cause> causes) {
        this(format, scenario, score, rotation, exercises, gaps, causes, List.of());
    }

    /** A plan without proven causes. */
    public Plan(String format, String scenario, String score, List<RotationRow> rotation, List<ExerciseRow> exercises,
                List<Gap> gaps) {
        this(format, scenario, score, rotation, exercises, gaps, List.of(), List.of());
    }

    /** The same plan with these proven causes. */
    public Plan withCauses(List<Cause> proven) {
        return new Plan(format, scenario, score, rotation, exercises, gaps, proven, courseSeats);
    }

    /** The same plan with these course places. */
    public Plan withCourseSeats(List<CourseSeat> seats) {
        return new Plan(format, scenario, score, rotation, exercises, gaps, causes, seats);
    }

    /** Who attends which language course. */
    public record CourseSeat(String course, String person) {
    }

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

    /**
     * A proven cause of infeasibility: the hard rule (its number in docs/file-formats.md) that no choice can keep, the
     * exercise it concerns (or the post and period of a roster slot), and why, naming the data to change.
     */
    public record Cause(int rule, String exercise, String post, Integer period, String reason) {

        public static Cause ofExercise(int rule, String exercise, String reason) {
            return new Cause(rule, exercise, null, null, reason);
        }

        public static Cause ofSlot(int rule, String post, int period, String reason) {
            return new Cause(rule, null, post, period, reason);
        }

        /**
         * The command line's line: "Proven infeasible: rule 14, CFX-2027-4: …" for an exercise (no calendar keeps
         * every hard rule); "Proven unfillable: J4 in period 3: …" for a roster slot (it stays a gap, which breaks no
         * hard rule).
         */
        public String line() {
            return exercise != null || post == null ? "Proven infeasible: rule " + rule + ", " + exercise + ": " + reason
                    : "Proven unfillable: " + post + " in period " + period + ": " + reason;
        }
    }
}
