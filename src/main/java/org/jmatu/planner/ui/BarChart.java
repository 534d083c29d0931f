package org.jmatu.planner.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A stacked bar chart drawn on the server as the calendar timeline is: one column per category, each series a coloured
 * segment whose height is a percentage of the largest column, with a legend. Nation codes take the nation's colour
 * (styles.css); other series take the palette in turn. No client-side library, so it prints and tests as it is.
 */
public class BarChart extends Div {

    public static final String COLUMN = "bar-chart-column";
    public static final String SEGMENT = "bar-chart-segment";

    private static final Pattern NATION = Pattern.compile("[A-Z]{3}");
    private static final List<String> PALETTE = List.of("var(--lumo-primary-color)", "var(--lumo-success-color)",
            "var(--lumo-warning-color, #e8a317)", "var(--lumo-error-color)", "var(--lumo-contrast-50pct)",
            "#6a5acd", "#2e8b57", "#b8860b");

    /** One column: its label under it and its value per series (series in the order of the first column to name them). */
    public record Column(String label, Map<String, Double> values) {
    }

    public BarChart(String chartClass) {
        addClassNames("bar-chart", chartClass);
        getStyle().set("width", "100%").set("flex-shrink", "0");
    }

    /**
     * @param seriesName the words for a series in the legend and the tooltips (a nation's code stays a code)
     * @param format     a value as the tooltip shows it
     */
    public void show(List<Column> columns, Function<String, String> seriesName, Function<Double, String> format) {
        removeAll();
        Set<String> series = new LinkedHashSet<>();
        columns.forEach(column -> series.addAll(column.values().keySet()));
        Map<String, String> colours = new LinkedHashMap<>();
        int next = 0;
        for (String name : series) {
            colours.put(name, NATION.matcher(name).matches() ? "var(--nation-" + name + ", " + PALETTE.get(next % PALETTE.size()) + ")"
                    : PALETTE.get(next % PALETTE.size()));
            next++;
        }
        double most = columns.stream().mapToDouble(column -> column.values().values().stream()
                .mapToDouble(value -> Math.max(0, value)).sum()).max().orElse(0);
        Div plot = new Div();
        plot.getStyle().set("display", "flex").set("align-items", "flex-end").set("gap", "4px").set("height", "10rem")
                .set("border-bottom", "1px solid var(--lumo-contrast-30pct)");
        Div labels = new Div();
        labels.getStyle().set("display", "flex").set("gap", "4px").set("font-size", "var(--lumo-font-size-xxs)")
                .set("color", "var(--lumo-secondary-text-color)");
        for (Column column : columns) {
            Div bar = new Div();
            bar.addClassName(COLUMN);
            bar.getElement().setAttribute("data-label", column.label());
            bar.getStyle().set("flex", "1").set("display", "flex").set("flex-direction", "column-reverse")
                    .set("height", "100%");
            column.values().forEach((name, value) -> {
                if (value <= 0 || most <= 0) {
                    return;
                }
                Div segment = new Div();
                segment.addClassName(SEGMENT);
                segment.getElement().setAttribute("title", column.label() + " · " + seriesName.apply(name) + ": "
                        + format.apply(value));
                segment.getStyle().set("height", (100.0 * value / most) + "%").set("background", colours.get(name))
                        .set("min-height", "1px");
                bar.add(segment);
            });
            plot.add(bar);
            Span label = new Span(column.label());
            label.getStyle().set("flex", "1").set("text-align", "center").set("overflow", "hidden")
                    .set("white-space", "nowrap");
            labels.add(label);
        }
        Div legend = new Div();
        legend.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("font-size", "var(--lumo-font-size-xs)").set("margin-top", "var(--lumo-space-xs)");
        colours.forEach((name, colour) -> {
            Span swatch = new Span();
            swatch.getStyle().set("display", "inline-block").set("width", "0.8em").set("height", "0.8em")
                    .set("background", colour).set("margin-right", "0.3em");
            Span entry = new Span(swatch, new Span(seriesName.apply(name)));
            legend.add(entry);
        });
        add(plot, labels, legend);
    }
}
