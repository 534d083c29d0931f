package org.jmatu.planner.planning.calendar.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jmatu.planner.planning.calendar.domain.CalendarPlan;

/** The warnings the solver attached to the current calendar, one line each. */
class PlanWarnings extends Div {

    void show(CalendarPlan plan) {
        removeAll();
        if (plan != null) {
            plan.warnings().forEach(w -> {
                Span warning = new Span("⚠ " + w);
                warning.getStyle().set("display", "block").set("color", "var(--lumo-warning-text-color, #8a6d00)");
                add(warning);
            });
        }
    }
}
