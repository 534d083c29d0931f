package org.jmatu.planner.planning.calendar.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.jmatu.planner.scenario.Scenario;

/** The key under the calendar timeline: one colour swatch per host nation, and the conference and blackout marks. */
class CalendarLegend extends Div {

    CalendarLegend(List<Scenario.Nation> nations) {
        getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)")
                .set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        add(new Span(getTranslation("calendar.legend.bars")));
        for (Scenario.Nation n : nations) {
            Span swatch = new Span(n.code());
            swatch.addClassName("nation-badge");
            swatch.getStyle().set("background", "var(--nation-" + n.code() + ")");
            add(swatch);
        }
        add(new Span(getTranslation("calendar.legend.conferences")), new Span(getTranslation("calendar.legend.blackouts")));
    }
}
