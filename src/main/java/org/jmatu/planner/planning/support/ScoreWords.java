package org.jmatu.planner.planning.support;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.jmatu.planner.planning.jobs.SolveJob;
import org.jmatu.planner.shared.I18n;
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
            return I18n.t("score.not-scored");
        }
        int unfilled = -score.mediumScore();
        String filled = unfilled == 0 ? I18n.t("score.slots.all", number(slots))
                : I18n.t("score.slots.some", number(slots - unfilled), number(slots));
        return join(progress(score.initScore(), "score.progress.slots"), filled, broken(score.hardScore(), hardBreaks),
                cost(score.softScore()));
    }

    /** "All 6 exercises planned · no rule broken · preferences cost 640". */
    public static String calendar(HardSoftScore score, int exercises, int hardBreaks) {
        if (score == null) {
            return I18n.t("score.not-scored");
        }
        return join(progress(score.initScore(), "score.progress.exercises"), score.initScore() == 0
                        ? I18n.t("score.exercises.all", number(exercises)) : null,
                broken(score.hardScore(), hardBreaks), cost(score.softScore()));
    }

    /** A change of a roster's score, as a hand edit would make it: "fills 1 slot · costs 78 more". */
    public static String change(HardMediumSoftScore delta) {
        List<String> parts = new ArrayList<>();
        if (delta.hardScore() < 0) {
            parts.add(I18n.t("score.change.breaks"));
        } else if (delta.hardScore() > 0) {
            parts.add(I18n.t("score.change.mends"));
        }
        if (delta.mediumScore() > 0) {
            parts.add(I18n.t("score.change.fills", slots(delta.mediumScore())));
        } else if (delta.mediumScore() < 0) {
            parts.add(I18n.t("score.change.leaves", slots(-delta.mediumScore())));
        }
        if (delta.softScore() < 0) {
            parts.add(I18n.t("score.change.costs", number(-delta.softScore())));
        } else if (delta.softScore() > 0) {
            parts.add(I18n.t("score.change.saves", number(delta.softScore())));
        }
        return parts.isEmpty() ? I18n.t("score.change.none") : String.join(" · ", parts);
    }

    /** What one rule does to the plan: "broken 3 times", "4 slots unfilled", "costs 640". */
    public static String impact(String level, int matches, long cost) {
        return switch (level) {
            case "hard" -> matches == 1 ? I18n.t("score.impact.broken-once") : I18n.t("score.impact.broken", number(matches));
            case "medium" -> I18n.t("score.impact.unfilled", slots(matches));
            default -> cost == 0 ? I18n.t("score.impact.free") : I18n.t("score.impact.costs", number(Math.abs(cost)));
        };
    }

    /** A rule's level as planners name it. */
    public static String level(String level) {
        return switch (level) {
            case "hard" -> I18n.t("score.level.hard");
            case "medium" -> I18n.t("score.level.medium");
            default -> I18n.t("score.level.soft");
        };
    }

    /** What a background solve is doing, for the roster and calendar views' status line. */
    public static String solveStatus(SolveJob<?> job, int queuePosition) {
        return switch (job.state()) {
            case QUEUED -> I18n.t("score.solve.queued", queuePosition);
            case RUNNING -> job.stopping() ? I18n.t("score.solve.stopping") : I18n.t("score.solve.running", job.startedBy())
                    // run by another instance: its plan is not here to show, its score is
                    + job.score().filter(score -> job.best().isEmpty())
                    .map(score -> " · " + I18n.t("score.solve.best-so-far", score)).orElse("");
            case FINISHED, STOPPED -> job.best().isPresent() ? I18n.t("score.solve.solved")
                    : I18n.t("score.solve.solved-elsewhere", job.score().orElse(I18n.t("score.solve.no-score")));
            case CANCELLED -> I18n.t("score.solve.cancelled");
            case FAILED -> I18n.t("score.solve.failed", job.error().orElse(I18n.t("score.solve.unknown-error")));
            case INTERRUPTED -> job.error().orElse(I18n.t("score.solve.interrupted"));
        };
    }

    /** {@code key} says what is still to place, with the count as its argument. */
    private static String progress(int initScore, String key) {
        return initScore < 0 ? I18n.t(key, -initScore) : null;
    }

    /** {@code hardBreaks} 0 or less: not counted yet (while solving). */
    private static String broken(int hardScore, int hardBreaks) {
        if (hardScore == 0) {
            return I18n.t("score.broken.none");
        }
        if (hardBreaks <= 0) {
            return I18n.t("score.broken.uncounted");
        }
        return hardBreaks == 1 ? I18n.t("score.broken.one") : I18n.t("score.broken.many", number(hardBreaks));
    }

    private static String cost(int softScore) {
        return softScore == 0 ? I18n.t("score.cost.none") : I18n.t("score.cost", number(-softScore));
    }

    private static String slots(int count) {
        return count == 1 ? I18n.t("score.slot.one") : I18n.t("score.slot.many", number(count));
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
        return NumberFormat.getIntegerInstance(I18n.locale()).format(value);
    }
}
