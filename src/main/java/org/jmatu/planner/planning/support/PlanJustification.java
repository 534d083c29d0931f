package org.jmatu.planner.planning.support;

import org.jmatu.planner.shared.Message;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Why a constraint matched, for both planning problems: a typed record carrying the facts of the match, and
 * {@link #description()}, the sentence a planner reads in the explanation panels. Explanations read that
 * sentence, never {@code toString()}.
 */
public interface PlanJustification extends ConstraintJustification {

    /** The match in a planner's words, naming the post and period or the exercise concerned. */
    Message message();

    /** {@link #message()} in the reader's language (the UI's; English elsewhere). */
    default String description() {
        return message().text();
    }
}
