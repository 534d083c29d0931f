package org.jmatu.planner.planning.rotation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.jmatu.planner.planning.rotation.solver.RotationExplanation.ConstraintLine;
import org.jmatu.planner.planning.support.ConstraintNames;
import org.jmatu.planner.planning.support.ScoreWords;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** The score explained in words: one line per rule with what it does to the roster, its examples in the details. */
class ConstraintBreakdown extends Grid<ConstraintLine> {

    ConstraintBreakdown() {
        addColumn(line -> ConstraintNames.display(line.name())).setHeader(getTranslation("roster.rule")).setFlexGrow(3);
        addColumn(line -> ScoreWords.level(line.level())).setHeader(getTranslation("roster.kind"));
        addColumn(line -> ScoreWords.impact(line.level(), line.matchCount(),
                HardMediumSoftScore.parseScore(line.impact()).softScore())).setHeader(getTranslation("roster.effect"))
                .setFlexGrow(2);
        setItemDetailsRenderer(new ComponentRenderer<>(line -> {
            VerticalLayout examples = new VerticalLayout();
            examples.setPadding(false);
            line.examples().forEach(example -> examples.add(new Span(example)));
            return examples;
        }));
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setHeight("100%");
    }
}
