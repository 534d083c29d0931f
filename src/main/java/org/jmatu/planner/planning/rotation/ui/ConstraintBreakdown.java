package org.jmatu.planner.planning.rotation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.jmatu.planner.planning.rotation.solver.RotationExplanation.ConstraintLine;

/** The score explained: one line per constraint, its examples in the line's details. */
class ConstraintBreakdown extends Grid<ConstraintLine> {

    ConstraintBreakdown() {
        addColumn(ConstraintLine::name).setHeader("Constraint").setFlexGrow(3);
        addColumn(ConstraintLine::level).setHeader("Level");
        addColumn(ConstraintLine::matchCount).setHeader("Matches");
        addColumn(ConstraintLine::impact).setHeader("Impact").setFlexGrow(2);
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
