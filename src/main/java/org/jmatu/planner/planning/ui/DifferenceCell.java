package org.jmatu.planner.planning.ui;

import com.vaadin.flow.component.html.Span;

/** A comparison cell: plain text (whatever people typed stays text), highlighted where the versions differ. */
final class DifferenceCell {

    private DifferenceCell() {
    }

    static Span of(String text, boolean changed) {
        Span cell = new Span(text);
        if (changed) {
            cell.addClassName("version-changed");
            cell.getStyle().set("background", "var(--lumo-primary-color-10pct)").set("font-weight", "600")
                    .set("padding", "0 var(--lumo-space-xs)");
        }
        return cell;
    }
}
