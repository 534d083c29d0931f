package org.jmatu.planner.growth.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jmatu.planner.growth.PhaseSet;

/**
 * The growth phases on the horizon, drawn on the server as the calendar timeline is: periods across, each phase a bar
 * from its first period to the next phase's. A planner moves a phase a period earlier or later with the arrows on its
 * bar, and opens it by a click on its name.
 */
class PhaseTimeline extends Div {

    static final String BAR = "phase-bar";
    static final String EARLIER = "phase-earlier";
    static final String LATER = "phase-later";

    PhaseTimeline() {
        addClassName("phase-timeline");
        getStyle().set("position", "relative").set("width", "100%").set("flex-shrink", "0")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("font-size", "var(--lumo-font-size-s)");
    }

    /**
     * @param move  a phase and the periods to move it by (-1 or +1); null where the user may not edit
     * @param open  a phase clicked
     */
    void show(List<String> periods, List<PhaseSet.Phase> phasesInOrder, BiConsumer<PhaseSet.Phase, Integer> move,
              Consumer<PhaseSet.Phase> open) {
        removeAll();
        double width = 100.0 / Math.max(1, periods.size());
        Div header = new Div();
        header.getStyle().set("position", "relative").set("height", "1.8em")
                .set("border-bottom", "1px solid var(--lumo-contrast-20pct)");
        for (int index = 0; index < periods.size(); index++) {
            Span label = new Span(periods.get(index));
            label.addClassName("phase-period");
            label.getStyle().set("position", "absolute").set("left", index * width + "%").set("width", width + "%")
                    .set("top", "0.3em").set("text-align", "center").set("font-size", "var(--lumo-font-size-xs)")
                    .set("color", "var(--lumo-secondary-text-color)")
                    .set("border-left", index == 0 ? "none" : "1px solid var(--lumo-contrast-10pct)");
            header.add(label);
        }
        Div lane = new Div();
        lane.getStyle().set("position", "relative").set("height", "2.6em");
        for (int index = 0; index < phasesInOrder.size(); index++) {
            PhaseSet.Phase phase = phasesInOrder.get(index);
            int until = index + 1 < phasesInOrder.size() ? phasesInOrder.get(index + 1).firstPeriod() : periods.size();
            Div bar = new Div();
            bar.addClassName(BAR);
            bar.getElement().setAttribute("data-phase", phase.name());
            bar.getElement().setAttribute("title", getTranslation("growth.bar.title", phase.name(),
                    periods.get(Math.min(phase.firstPeriod(), periods.size() - 1)), phase.sections().size(),
                    phase.posts().size(), phase.companies().size()));
            bar.getStyle().set("position", "absolute").set("left", phase.firstPeriod() * width + "%")
                    .set("width", Math.max(0, until - phase.firstPeriod()) * width + "%").set("top", "0.3em")
                    .set("bottom", "0.3em").set("display", "flex").set("align-items", "center")
                    .set("gap", "var(--lumo-space-xs)").set("overflow", "hidden").set("box-sizing", "border-box")
                    .set("padding", "0 var(--lumo-space-xs)").set("border-radius", "var(--lumo-border-radius-s)")
                    .set("background", "hsl(" + (200 + 50 * index) % 360 + ", 55%, 80%)")
                    .set("border-left", "3px solid var(--lumo-primary-color)");
            Span name = new Span(phase.name());
            name.getStyle().set("cursor", "pointer").set("font-weight", "600").set("white-space", "nowrap");
            name.addClickListener(event -> open.accept(phase));
            if (move != null) {
                bar.add(arrow(VaadinIcon.ANGLE_LEFT, EARLIER, getTranslation("growth.earlier", phase.name()),
                        () -> move.accept(phase, -1)));
            }
            bar.add(name);
            if (move != null) {
                bar.add(arrow(VaadinIcon.ANGLE_RIGHT, LATER, getTranslation("growth.later", phase.name()),
                        () -> move.accept(phase, 1)));
            }
            lane.add(bar);
        }
        if (phasesInOrder.isEmpty()) {
            Span none = new Span(getTranslation("growth.no-phases"));
            none.getStyle().set("position", "absolute").set("left", "var(--lumo-space-s)").set("top", "0.7em")
                    .set("color", "var(--lumo-secondary-text-color)");
            lane.add(none);
        }
        add(header, lane);
    }

    private static Button arrow(VaadinIcon icon, String className, String label, Runnable action) {
        Button button = new Button(icon.create(), event -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.addClassName(className);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }
}
