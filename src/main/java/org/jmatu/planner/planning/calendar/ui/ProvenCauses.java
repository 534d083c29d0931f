package org.jmatu.planner.planning.calendar.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.jmatu.planner.planning.calendar.proof.FeasibilityAnalysis;

/**
 * Why no calendar can keep every hard rule, proven from the data (before solving, and again when a solve ends
 * with hard rules broken): one line per cause, naming the rule, the exercise and the data to change. Hidden while
 * nothing is proven.
 */
class ProvenCauses extends Div {

    static final String CAUSE = "proven-cause";

    ProvenCauses() {
        setVisible(false);
        getStyle().set("border-left", "4px solid var(--lumo-error-color, #c00)").set("padding-left", "0.5em");
    }

    void show(List<FeasibilityAnalysis.ProvenCause> causes) {
        removeAll();
        setVisible(!causes.isEmpty());
        if (causes.isEmpty()) {
            return;
        }
        add(new H4(getTranslation("calendar.causes.title", causes.size())));
        for (FeasibilityAnalysis.ProvenCause cause : causes) {
            // as text, never as markup: the reason quotes names from the data
            Span line = new Span(getTranslation("calendar.causes.line", cause.rule(), cause.exercise(),
                    cause.why().text()));
            line.addClassName(CAUSE);
            line.getStyle().set("display", "block");
            add(line);
        }
    }
}
