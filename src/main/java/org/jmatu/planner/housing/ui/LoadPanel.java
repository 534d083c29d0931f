package org.jmatu.planner.housing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jmatu.planner.housing.HousingLoad;
import org.jmatu.planner.housing.HousingOutlook;
import org.jmatu.planner.shared.GarrisonKind;
import org.jmatu.planner.ui.BarChart;

/**
 * The places needed against the places there are: a chart per kind of garrison, one column per period (the places
 * taken, the places to spare, and above them the people over capacity, the column's label marked ⚠), and a table of
 * the same numbers.
 */
class LoadPanel extends VerticalLayout {

    static final String HOUSED = "housed";
    static final String SPARE = "spare";
    static final String OVER = "over";

    final Paragraph note = new Paragraph();
    final Div charts = new Div();
    final Map<GarrisonKind, BarChart> chartsByKind = new EnumMap<>(GarrisonKind.class);
    final Grid<HousingLoad> table = new Grid<>();
    private HousingOutlook outlook;

    LoadPanel() {
        setPadding(false);
        charts.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(20rem, 1fr))")
                .set("gap", "var(--lumo-space-l)").set("width", "100%");
        table.addColumn(load -> outlook.label(load.period())).setHeader(getTranslation("housing.period"))
                .setAutoWidth(true);
        table.addColumn(load -> load.kind().label()).setHeader(getTranslation("housing.kind")).setAutoWidth(true);
        table.addColumn(HousingLoad::demand).setHeader(getTranslation("housing.needed")).setAutoWidth(true);
        table.addColumn(HousingLoad::places).setHeader(getTranslation("housing.places")).setAutoWidth(true);
        table.addColumn(load -> load.overCapacity() ? getTranslation("housing.over-by", load.excess())
                        : getTranslation("housing.spare", load.places() - load.demand()))
                .setHeader(getTranslation("housing.balance")).setAutoWidth(true);
        table.setPartNameGenerator(load -> load.overCapacity() ? "over-capacity" : null);
        table.setAllRowsVisible(true);
        add(note, charts, table);
    }

    /** Shows {@code outlook}; null while no planning horizon is set up. */
    void show(HousingOutlook outlook) {
        this.outlook = outlook;
        charts.removeAll();
        chartsByKind.clear();
        if (outlook == null) {
            note.setText(getTranslation("housing.no-horizon"));
            table.setItems(List.of());
            return;
        }
        note.setText(outlook.roster() == null ? getTranslation("housing.note.nothing-published")
                : getTranslation("housing.note", outlook.roster()));
        for (GarrisonKind kind : outlook.kinds()) {
            BarChart chart = new BarChart("housing-load");
            chart.getElement().setAttribute("data-kind", kind.name());
            chart.show(columns(outlook.of(kind)), series -> getTranslation("housing.series." + series),
                    value -> String.valueOf(value.intValue()));
            Span heading = new Span(getTranslation("housing.chart", kind.label()));
            heading.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-s)");
            charts.add(new Div(heading, chart));
            chartsByKind.put(kind, chart);
        }
        table.setItems(outlook.loads());
    }

    /**
     * A column per period, as tall as the larger of needed and places. Every column names all three series in the
     * same order, so that each keeps its colour (the chart colours series by first appearance): places taken in the
     * first, spare places in the second, over capacity in the warning colour.
     */
    private List<BarChart.Column> columns(List<HousingLoad> loads) {
        return loads.stream().map(load -> {
            Map<String, Double> values = new LinkedHashMap<>();
            values.put(HOUSED, (double) Math.min(load.demand(), load.places()));
            values.put(SPARE, (double) Math.max(0, load.places() - load.demand()));
            values.put(OVER, (double) load.excess());
            String label = outlook.label(load.period());
            return new BarChart.Column(load.overCapacity() ? "⚠ " + label : label, values);
        }).toList();
    }
}
