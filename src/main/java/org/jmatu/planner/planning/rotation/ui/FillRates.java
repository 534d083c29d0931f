package org.jmatu.planner.planning.rotation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.shared.Period;

/** How full the roster is, period by period, as bars: where the gaps are is seen before it is read. */
class FillRates extends Div {

    FillRates() {
        addClassName("fill-rates");
    }

    void show(RotationSolution model) {
        removeAll();
        for (Period period : model.getPeriods()) {
            List<RotationSlot> slots = model.getSlots().stream()
                    .filter(slot -> slot.getPeriodIndex() == period.index()).toList();
            long filled = slots.stream().filter(slot -> slot.getPerson() != null).count();
            add(row(period.label(), filled, slots.size()));
        }
    }

    private Div row(String label, long filled, int active) {
        double share = active == 0 ? 1 : (double) filled / active;
        Div bar = new Div();
        bar.getStyle().set("width", String.format(Locale.ROOT, "%.1f%%", 100 * share))
                .set("height", "100%").set("border-radius", "0.4em")
                .set("background", share == 1 ? "var(--lumo-success-color)" : "var(--lumo-warning-color, orange)");
        Div track = new Div(bar);
        track.getStyle().set("flex", "1").set("height", "0.8em").set("border-radius", "0.4em")
                .set("background", "var(--lumo-error-color-10pct)");
        Span name = new Span(label);
        name.getStyle().set("width", "5em");
        Span count = new Span(getTranslation("roster.fill.count", filled, active));
        count.getStyle().set("width", "5.5em").set("text-align", "right");
        Div row = new Div(name, track, count);
        row.addClassName("fill-rate");
        row.getStyle().set("display", "flex").set("align-items", "center").set("gap", "0.5em")
                .set("font-size", "var(--lumo-font-size-s)");
        row.getElement().setAttribute("title", getTranslation("roster.fill.title", label, filled, active));
        return row;
    }
}
