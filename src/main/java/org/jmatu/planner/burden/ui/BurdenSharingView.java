package org.jmatu.planner.burden.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jmatu.planner.burden.BurdenSharingService;
import org.jmatu.planner.burden.BurdenWorkbook;
import org.jmatu.planner.burden.BurdenYear;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.shared.GarrisonKind;
import org.jmatu.planner.shared.Labelled;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.ui.BarChart;

/**
 * Who carries which share of the unit's cost in a year: agreed against contributed shares, the contributions by kind,
 * the table the J8 signs and the transfers that settle the balance, from the published plan; downloadable as .xlsx.
 * The planners keep the agreed shares and the J8's cost model here (the commander reads the model, so that each
 * figure can be traced to its price). The commander opens it from the org chart.
 */
@RolesAllowed({"PLANNER", "COMMANDER"})
@Route("burden-sharing")
@Menu(title = "Burden sharing", order = 3.6, icon = "vaadin:scale")
public class BurdenSharingView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> KINDS = List.of("staff", "exercises", "hosting", "housing");

    private final BurdenSharingService burden;
    final Select<Integer> year = new Select<>();
    final ShareBars shares = new ShareBars();
    final BarChart contributions = new BarChart("burden-contributions");
    final Grid<BurdenYear.NationBurden> table = new Grid<>();
    final UnorderedList transfers = new UnorderedList();
    final Paragraph note = new Paragraph();
    final Paragraph modelNote = new Paragraph();
    final Anchor download;
    final CostModelEditor costs;
    /** The planners' shares editor; none for the commander, who reads the agreed shares in the table. */
    SharesEditor agreedShares;
    private final boolean planner;
    private BurdenYear shown;

    BurdenSharingView(BurdenSharingService burden, NationService nations) {
        this.burden = burden;
        setSizeFull();
        year.setLabel(getTranslation("burden.year"));
        year.setItems(burden.years());
        year.addValueChangeListener(event -> refresh());
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = shown == null ? new byte[0] : BurdenWorkbook.of(shown);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "burden-sharing-"
                    + (shown == null ? "" : shown.year()) + ".xlsx", BurdenWorkbook.CONTENT_TYPE, bytes.length);
        }), getTranslation("burden.download"));
        download.getElement().setAttribute("download", true);
        HorizontalLayout toolbar = new HorizontalLayout(year, download);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        table.addColumn(BurdenYear.NationBurden::nation).setHeader(getTranslation("common.nation")).setAutoWidth(true);
        table.addColumn(row -> ShareBars.percent(row.agreedShare())).setHeader(getTranslation("burden.agreed"));
        table.addColumn(row -> ShareBars.percent(row.contributedShare())).setHeader(getTranslation("burden.contributed-share"));
        table.addColumn(BurdenYear.NationBurden::personPeriods).setHeader(getTranslation("burden.person-periods"));
        table.addColumn(BurdenYear.NationBurden::companyDays).setHeader(getTranslation("burden.company-days"));
        table.addColumn(BurdenYear.NationBurden::exercisesHosted).setHeader(getTranslation("burden.exercises-hosted"));
        table.addColumn(BurdenYear.NationBurden::housingPlaceMonths).setHeader(getTranslation("burden.place-months"));
        table.addColumn(row -> money(row.contributed())).setHeader(getTranslation("burden.contributed"));
        table.addColumn(row -> money(row.due())).setHeader(getTranslation("burden.due"));
        table.addColumn(row -> money(row.balance())).setHeader(getTranslation("burden.balance"));
        table.setAllRowsVisible(true);

        Div charts = new Div(titled("burden.chart.shares", shares), titled("burden.chart.contributions", contributions));
        charts.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(22rem, 1fr))")
                .set("gap", "var(--lumo-space-l)").set("width", "100%");
        add(new H2(getTranslation("menu.burden-sharing")), toolbar, note, modelNote, charts, table,
                new H3(getTranslation("burden.transfers")), transfers,
                new H3(getTranslation("burden.garrisons")), garrisons(burden.garrisons()));
        planner = CurrentUser.hasRole(Role.PLANNER);
        if (planner) {
            agreedShares = new SharesEditor(burden, nations, this::refresh);
            add(new H3(getTranslation("burden.agreed-shares")), agreedShares);
        }
        costs = new CostModelEditor(burden, planner, this::refresh);
        add(new H3(getTranslation("burden.model.title")), costs);
        note.addClassName("burden-note");
        modelNote.addClassName("no-cost-model");
        showModelNote();
        if (!burden.years().isEmpty()) {
            year.setValue(burden.years().getFirst());
        } else {
            note.setText(getTranslation("burden.no-horizon"));
        }
    }

    /** The garrisons each nation keeps: what its housing contribution is made of. */
    private Grid<Growth.Garrison> garrisons(List<Growth.Garrison> garrisons) {
        Grid<Growth.Garrison> grid = new Grid<>();
        grid.addClassName("burden-garrisons");
        grid.addColumn(Growth.Garrison::id).setHeader(getTranslation("common.code")).setAutoWidth(true);
        grid.addColumn(Growth.Garrison::name).setHeader(getTranslation("common.name")).setAutoWidth(true);
        grid.addColumn(garrison -> Labelled.labelOf(GarrisonKind.class, garrison.kind()))
                .setHeader(getTranslation("burden.garrison.kind")).setAutoWidth(true);
        grid.addColumn(Growth.Garrison::nation).setHeader(getTranslation("common.nation")).setAutoWidth(true);
        grid.addColumn(garrison -> garrison.capacity().stream()
                        .map(step -> getTranslation("burden.garrison.step", step.fromPeriod(), step.places()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("burden.garrison.places"));
        grid.addColumn(garrison -> money(garrison.upkeepPerYear())).setHeader(getTranslation("burden.garrison.upkeep"));
        grid.setItems(garrisons);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Div titled(String key, com.vaadin.flow.component.Component chart) {
        Span heading = new Span(getTranslation(key));
        heading.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-s)");
        return new Div(heading, chart);
    }

    /** Money figures need a model: where the data set has none, the view says so (and who can enter one). */
    private void showModelNote() {
        boolean none = burden.costModel().isEmpty();
        modelNote.setText(none ? getTranslation(planner ? "burden.model.none" : "burden.model.none.reader") : "");
        modelNote.setVisible(none);
    }

    private void refresh() {
        showModelNote();
        if (year.getValue() == null) {
            return;
        }
        shown = burden.year(year.getValue()).orElse(null);
        if (shown == null) {
            return;
        }
        boolean planned = shown.nations().stream().anyMatch(row -> row.personPeriods() > 0 || row.companyDays() > 0);
        note.setText(getTranslation(planned ? "burden.note" : "burden.note.nothing-published", shown.currency(),
                money(shown.total())));
        shares.show(shown.nations());
        contributions.show(shown.nations().stream().map(row -> new BarChart.Column(row.nation(), values(row))).toList(),
                kind -> getTranslation("burden.kind." + kind), this::money);
        table.setItems(shown.nations());
        transfers.removeAll();
        shown.transfers().forEach(transfer -> transfers.add(new ListItem(getTranslation("burden.transfer",
                transfer.from(), transfer.to(), money(transfer.amount()), shown.currency()))));
        if (shown.transfers().isEmpty()) {
            transfers.add(new ListItem(getTranslation("burden.no-transfers")));
        }
    }

    private static Map<String, Double> values(BurdenYear.NationBurden row) {
        Map<String, Double> values = new LinkedHashMap<>();
        List<Function<BurdenYear.NationBurden, Double>> figures = List.of(BurdenYear.NationBurden::staff,
                BurdenYear.NationBurden::exercises, BurdenYear.NationBurden::hosting, BurdenYear.NationBurden::housing);
        for (int index = 0; index < KINDS.size(); index++) {
            values.put(KINDS.get(index), figures.get(index).apply(row));
        }
        return values;
    }

    private String money(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.burden-sharing");
    }
}
