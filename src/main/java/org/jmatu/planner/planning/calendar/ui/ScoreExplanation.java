package org.jmatu.planner.planning.calendar.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.jmatu.planner.planning.calendar.solver.ConstraintExplanation;
import org.jmatu.planner.planning.support.ConstraintNames;
import org.jmatu.planner.planning.support.ScoreWords;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.jmatu.planner.shared.I18n;

/** Why the calendar scores what it does: one collapsible line per rule, hard rules in red. */
class ScoreExplanation extends Details {

    /** More reasons than this per rule would swamp the panel; the rest are only counted. */
    private static final int SHOWN_REASONS = 50;

    private final VerticalLayout lines = new VerticalLayout();

    ScoreExplanation() {
        super(I18n.t("calendar.explanation"));
        lines.setPadding(false);
        lines.setSpacing(false);
        add(lines);
        setOpened(true);
    }

    void clear() {
        lines.removeAll();
    }

    void show(List<ConstraintExplanation> explanations) {
        clear();
        if (explanations.isEmpty()) {
            lines.add(new Span(getTranslation("calendar.explanation.none")));
        }
        for (ConstraintExplanation line : explanations) {
            VerticalLayout why = new VerticalLayout();
            why.setPadding(false);
            why.setSpacing(false);
            line.justifications().stream().limit(SHOWN_REASONS).forEach(j -> why.add(new Span(j)));
            if (line.justifications().size() > SHOWN_REASONS) {
                why.add(new Span(getTranslation("calendar.explanation.more", line.justifications().size() - SHOWN_REASONS)));
            }
            Details constraint = new Details(ConstraintNames.display(line.constraint()) + " — " + ScoreWords.impact(line.hard() ? "hard" : "soft",
                    line.matches(), HardSoftScore.parseScore(line.impact()).softScore()), why);
            constraint.addClassName(line.hard() ? "calendar-explanation-hard" : "calendar-explanation-soft");
            if (line.hard()) {
                constraint.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            lines.add(constraint);
        }
    }
}
