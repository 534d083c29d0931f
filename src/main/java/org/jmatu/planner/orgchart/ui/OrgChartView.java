package org.jmatu.planner.orgchart.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.jmatu.planner.orgchart.OrgChart;
import org.jmatu.planner.orgchart.OrgChartService;
import org.jmatu.planner.orgchart.PostDetails;
import org.jmatu.planner.shared.EquipmentStandard;
import org.jmatu.planner.shared.Labelled;
import org.jmatu.planner.shared.Period;
import org.jmatu.planner.ui.NationBadge;
import org.jmatu.planner.ui.Pickers;

/**
 * The commander's view: the unit as of a chosen day, with its nation mix, gaps and coverage beside it. A liaison
 * officer opens it too; the service then names only their own nation's holders.
 */
@RolesAllowed({"PLANNER", "COMMANDER", "LIAISON"})
@Route("org-chart")
@PageTitle("Org chart")
@Menu(title = "Org chart", order = 3, icon = "vaadin:sitemap")
public class OrgChartView extends HorizontalLayout {

    private final OrgChartService service;
    private final DatePicker date = Pickers.date("As of");
    private final OrgChartDiagram diagram = new OrgChartDiagram();
    private final VerticalLayout sidePanel = new VerticalLayout();
    private final Span status = new Span();

    OrgChartView(OrgChartService service, Clock clock) {
        this.service = service;
        setSizeFull();
        setPadding(true);
        Period span = service.horizonSpan().orElse(null);
        LocalDate today = LocalDate.now(clock);
        if (span != null) {
            date.setMin(span.start());
            date.setMax(span.end());
            date.setValue(today.isBefore(span.start()) || today.isAfter(span.end()) ? span.start() : today);
        } else {
            date.setValue(today);
        }
        date.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                refresh();
            }
        });
        diagram.setSizeFull();
        diagram.addPostClickListener(event -> openDetails(event.postCode()));

        VerticalLayout main = new VerticalLayout(toolbar(), status, diagram);
        main.setPadding(false);
        main.setSizeFull();
        main.setFlexGrow(1, diagram);
        sidePanel.setWidth("22rem");
        sidePanel.setPadding(false);
        sidePanel.getStyle().set("overflow", "auto");
        add(main, sidePanel);
        setFlexGrow(1, main);
        refresh();
    }

    private HorizontalLayout toolbar() {
        Button previous = iconButton(VaadinIcon.ANGLE_LEFT, "Previous month", () -> date.setValue(date.getValue().minusMonths(1)));
        Button next = iconButton(VaadinIcon.ANGLE_RIGHT, "Next month", () -> date.setValue(date.getValue().plusMonths(1)));
        Button zoomIn = iconButton(VaadinIcon.PLUS, "Zoom in", () -> diagram.zoom(0.8));
        Button zoomOut = iconButton(VaadinIcon.MINUS, "Zoom out", () -> diagram.zoom(1.25));
        Button fit = iconButton(VaadinIcon.EXPAND_SQUARE, "Fit to screen", diagram::fit);
        Button expand = new Button("Expand all", event -> diagram.collapseAll(false));
        Button collapse = new Button("Collapse all", event -> diagram.collapseAll(true));
        Button svg = new Button("Export SVG", VaadinIcon.DOWNLOAD.create(), event -> diagram.downloadSvg(fileName("svg")));
        Button png = new Button("Export PNG", VaadinIcon.PICTURE.create(), event -> diagram.downloadPng(fileName("png")));
        Button print = new Button("Print / PDF", VaadinIcon.PRINT.create(),
                event -> getElement().executeJs("window.print()"));
        HorizontalLayout toolbar = new HorizontalLayout(date, previous, next, zoomIn, zoomOut, fit, expand, collapse, svg,
                png, print);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        return toolbar;
    }

    private static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), event -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private String fileName(String extension) {
        return "org-chart-" + date.getValue() + "." + extension;
    }

    private void refresh() {
        OrgChart chart = service.asOf(date.getValue());
        diagram.show(chart);
        status.setText(chart.periodLabel() + " · " + switch (chart.rosterStatus()) {
            case "PUBLISHED" -> "published roster " + chart.rosterLabel();
            case "DRAFT" -> "DRAFT roster " + chart.rosterLabel() + " (not yet published)";
            default -> "no roster is published yet (drafts are not shown): every post is shown vacant";
        } + " · " + chart.vacancies() + " vacant posts");
        status.getElement().getThemeList().set("badge", true);
        status.getElement().getThemeList().set("contrast", "DRAFT".equals(chart.rosterStatus()));
        fillSidePanel(chart);
    }

    private void fillSidePanel(OrgChart chart) {
        sidePanel.removeAll();
        sidePanel.add(new H4("Nation mix of the HQ"), nationMix(chart.nationMix()));
        UnorderedList keyPosts = new UnorderedList();
        chart.sections().stream().flatMap(section -> section.posts().stream())
                .filter(post -> post.keyGroup() != null)
                .forEach(post -> keyPosts.add(new ListItem(post.code() + ": "
                        + (post.vacant() ? "vacant" : post.holder().label()))));
        sidePanel.add(new H4("Key posts"), keyPosts);

        // a list, not a grid: in a side panel a grid's third column is cut to "NATO …"
        Div companies = new Div();
        companies.addClassName("side-list");
        chart.companies().forEach(unit -> companies.add(companyLine(unit)));
        sidePanel.add(new H4("Attached companies"), companies);

        UnorderedList coverage = new UnorderedList();
        chart.maintenanceCoverage().forEach(standard -> {
            ListItem item = new ListItem((standard.covered() ? "✔ " : "✘ ")
                    + Labelled.labelOf(EquipmentStandard.class, standard.standard()) + ": "
                    + (standard.covered() ? String.join(", ", standard.maintainers()) : "no maintainer in the HQ"));
            item.getStyle().set("color", standard.covered() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
            coverage.add(item);
        });
        sidePanel.add(new H4("Maintenance coverage"), coverage);

        UnorderedList handovers = new UnorderedList();
        chart.handovers().forEach(handover -> handovers.add(new ListItem(handover.date() + " " + handover.post() + ": "
                + handover.from() + " → " + handover.to())));
        if (chart.handovers().isEmpty()) {
            handovers.add(new ListItem("none within " + OrgChartService.HANDOVER_WINDOW_DAYS + " days"));
        }
        sidePanel.add(new H4("Hand-overs near this date"), handovers);
    }

    /** "KAZ-1 · 92 all ranks", then its equipment by standard in words, wrapped rather than cut. */
    private static Div companyLine(OrgChart.CompanyUnit unit) {
        Span name = new Span(unit.code() + " · " + unit.strength() + " all ranks");
        name.getStyle().set("font-weight", "600");
        Div equipment = new Div(unit.equipmentByStandard().isEmpty() ? "no equipment recorded"
                : unit.equipmentByStandard().entrySet().stream()
                        .map(entry -> Labelled.labelOf(EquipmentStandard.class, entry.getKey()) + " " + entry.getValue())
                        .collect(Collectors.joining(" · ")));
        equipment.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Div line = new Div(new NationBadge(unit.nation()), new Span(" "), name, equipment);
        line.addClassName("company-line");
        line.getElement().setAttribute("title", unit.name());
        return line;
    }

    /** Counts and a bar per nation, in the nation's colour. */
    private static Div nationMix(Map<String, Long> mix) {
        Div chart = new Div();
        chart.addClassName("nation-mix");
        long most = mix.values().stream().mapToLong(Long::longValue).max().orElse(1);
        mix.forEach((nation, count) -> {
            NationBadge label = new NationBadge(nation);
            Div bar = new Div();
            bar.addClassName("nation-mix-bar");
            bar.getStyle().set("width", (100.0 * count / most) + "%").set("background", "var(--nation-" + nation + ")");
            Div track = new Div(bar);
            track.addClassName("nation-mix-track");
            Span value = new Span(String.valueOf(count));
            Div row = new Div(label, track, value);
            row.addClassName("nation-mix-row");
            chart.add(row);
        });
        if (mix.isEmpty()) {
            chart.setText("no holders on this date");
        }
        return chart;
    }

    private void openDetails(String postCode) {
        service.details(postCode, date.getValue()).ifPresent(details -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(details.code() + " · " + details.title());
            VerticalLayout content = new VerticalLayout();
            content.add(new Span(details.section()));
            content.add(new H4("Holder on " + date.getValue()));
            content.add(new Span(details.holder() == null ? "Vacant"
                    : details.holder().label() + (details.holder().code() == null ? "" : " · " + details.holder().code())));
            details.problems().forEach(problem -> {
                Span warning = new Span("⚠ " + problem);
                warning.getStyle().set("color", "var(--lumo-error-text-color)");
                content.add(warning);
            });
            Grid<PostDetails.Tour> rotation = new Grid<>();
            rotation.addColumn(PostDetails.Tour::period).setHeader("Period").setAutoWidth(true);
            rotation.addColumn(PostDetails.Tour::nation).setHeader("Nation").setAutoWidth(true);
            rotation.addColumn(PostDetails.Tour::holder).setHeader("Holder");
            rotation.setItems(details.rotation());
            rotation.setAllRowsVisible(true);
            UnorderedList rules = new UnorderedList();
            details.rules().forEach(rule -> rules.add(new ListItem(rule)));
            content.add(new H4("Rotation over the horizon"), rotation, new H4("Rules for this post"), rules);
            dialog.add(content);
            dialog.setWidth("40rem");
            dialog.getFooter().add(new Button("Close", event -> dialog.close()));
            dialog.open();
        });
    }
}
