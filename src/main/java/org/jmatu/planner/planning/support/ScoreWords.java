package org.jmatu.planner.planning.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jmatu.planner.planning.jobs.SolveJob;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;

/**
 * Scores in a planner's words instead of the solver's "0hard/-2medium/-1338soft": how much of the plan is made,
 * whether any rule is broken, and what the preferences cost. The solver's notation stays available as a tooltip.
 */
public final class ScoreWords {

    private ScoreWords() {
    }

    /**
     * "All 252 slots filled · no rule broken · preferences cost 1,338".
     *
     * @param hardBreaks how many times hard rules are broken, 0 where that is not counted yet
     */
    public static String roster(HardMediumSoftScore score, int slots, int hardBreaks) {
        if (score == null) {
            return "Not scored yet";
        }
        int unfilled = -score.mediumScore();
        String filled = unfilled == 0 ? "All " + number(slots) + " slots filled"
                : number(slots - unfilled) + " of " + number(slots) + " slots filled";
        return join(progress(score.initScore(), "slot"), filled, broken(score.hardScore(), hardBreaks),
                cost(score.softScore()));
    }

    /** "All 6 exercises planned · no rule broken · preferences cost 640". */
    public static String calendar(HardSoftScore score, int exercises, int hardBreaks) {
        if (score == null) {
            return "Not scored yet";
        }
        return join(progress(score.initScore(), "exercise"), score.initScore() == 0
                        ? "All " + number(exercises) + " exercises planned" : null,
                broken(score.hardScore(), hardBreaks), cost(score.softScore()));
    }

    /** A change of a roster's score, as a hand edit would make it: "fills 1 slot · costs 78 more". */
    public static String change(HardMediumSoftScore delta) {
        List<String> parts = new ArrayList<>();
        if (delta.hardScore() < 0) {
            parts.add("breaks a hard rule");
        } else if (delta.hardScore() > 0) {
            parts.add("mends a broken rule");
        }
        if (delta.mediumScore() > 0) {
            parts.add("fills " + slots(delta.mediumScore()));
        } else if (delta.mediumScore() < 0) {
            parts.add("leaves " + slots(-delta.mediumScore()) + " unfilled");
        }
        if (delta.softScore() < 0) {
            parts.add("costs " + number(-delta.softScore()) + " more");
        } else if (delta.softScore() > 0) {
            parts.add("saves " + number(delta.softScore()));
        }
        return parts.isEmpty() ? "no change" : String.join(" · ", parts);
    }

    /** What one rule does to the plan: "broken 3 times", "4 slots unfilled", "costs 640". */
    public static String impact(String level, int matches, long cost) {
        return switch (level) {
            case "hard" -> "broken " + (matches == 1 ? "once" : number(matches) + " times");
            case "medium" -> slots(matches) + " unfilled";
            default -> cost == 0 ? "costs nothing" : "costs " + number(Math.abs(cost));
        };
    }

    /** A rule's level as planners name it. */
    public static String level(String level) {
        return switch (level) {
            case "hard" -> "Rule";
            case "medium" -> "Filling";
            default -> "Preference";
        };
    }

    /** What a background solve is doing, for the roster and calendar views' status line. */
    public static String solveStatus(SolveJob<?> job, int queuePosition) {
        return switch (job.state()) {
            case QUEUED -> "Waiting for a free solver (" + ordinal(queuePosition) + " in line)…";
            case RUNNING -> job.stopping() ? "Stopping…" : "Solving… (started by " + job.startedBy() + ")"
                    // run by another instance: its plan is not here to show, its score is
                    + job.score().filter(score -> job.best().isEmpty()).map(score -> " · best so far " + score)
                    .orElse("");
            case FINISHED, STOPPED -> job.best().isPresent() ? "Solved"
                    : "Solved on another server (best " + job.score().orElse("none") + "): its plan is shown there";
            case CANCELLED -> "The waiting solve was cancelled";
            case FAILED -> "Solve failed: " + job.error().orElse("unknown error");
            case INTERRUPTED -> job.error().orElse("The solve was interrupted");
        };
    }

    private static String ordinal(int position) {
        return switch (position) {
            case 1 -> "1st";
            case 2 -> "2nd";
            case 3 -> "3rd";
            default -> position + "th";
        };
    }

    private static String progress(int initScore, String thing) {
        return initScore < 0 ? "Not complete: " + number(-initScore) + " " + thing + (initScore == -1 ? "" : "s")
                + " still to place" : null;
    }

    /** {@code hardBreaks} 0 or less: not counted yet (while solving). */
    private static String broken(int hardScore, int hardBreaks) {
        if (hardScore == 0) {
            return "no rule broken";
        }
        if (hardBreaks <= 0) {
            return "hard rules broken";
        }
        return hardBreaks == 1 ? "1 rule broken" : number(hardBreaks) + " rules broken";
    }

    private static String cost(int softScore) {
        return softScore == 0 ? "preferences cost nothing" : "preferences cost " + number(-softScore);
    }

    private static String slots(int count) {
        return count == 1 ? "1 slot" : number(count) + " slots";
    }

    private static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null) {
                present.add(part);
            }
        }
        return String.join(" · ", present);
    }

    private static String number(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }
}
