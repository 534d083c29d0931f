package org.jmatu.planner.orgchart.ui;

import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jmatu.planner.orgchart.HousingWarnings;
import org.jmatu.planner.orgchart.OrgChart;
import org.jmatu.planner.orgchart.OrgChartService;
import org.jmatu.planner.orgchart.PostDetails;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.shared.EquipmentStandard;
import org.jmatu.planner.shared.GarrisonKind;
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
@Menu(title = "Org chart", order = 3, icon = "vaadin:sitemap")
public class OrgChartView extends HorizontalLayout implements HasDynamicTitle {

    /** The burden-sharing view's route (its module is not this one's to import). */
    static final String BURDEN_SHARING = "burden-sharing";

    private final OrgChartService service;
    private final DatePicker date = Pickers.date(getTranslation("orgchart.as-of"));
    private final OrgChartDiagram diagram = new OrgChartDiagram();
    private final VerticalLayout sidePanel = new VerticalLayout();
    private final Span status = new Span();
    private final List<HousingWarnings> housing;

    OrgChartView(OrgChartService service, Clock clock, List<HousingWarnings> housing) {
        this.service = service;
        this.housing = housing;
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
        Button previous = iconButton(VaadinIcon.ANGLE_LEFT, getTranslation("orgchart.previous-month"),
                () -> date.setValue(date.getValue().minusMonths(1)));
        Button next = iconButton(VaadinIcon.ANGLE_RIGHT, getTranslation("orgchart.next-month"),
                () -> date.setValue(date.getValue().plusMonths(1)));
        Button zoomIn = iconButton(VaadinIcon.PLUS, getTranslation("orgchart.zoom-in"), () -> diagram.zoom(0.8));
        Button zoomOut = iconButton(VaadinIcon.MINUS, getTranslation("orgchart.zoom-out"), () -> diagram.zoom(1.25));
        Button fit = iconButton(VaadinIcon.EXPAND_SQUARE, getTranslation("orgchart.fit"), diagram::fit);
        Button expand = new Button(getTranslation("orgchart.expand-all"), event -> diagram.collapseAll(false));
        Button collapse = new Button(getTranslation("orgchart.collapse-all"), event -> diagram.collapseAll(true));
        Button svg = new Button(getTranslation("orgchart.export-svg"), VaadinIcon.DOWNLOAD.create(),
                event -> diagram.downloadSvg(fileName("svg")));
        Button png = new Button(getTranslation("orgchart.export-png"), VaadinIcon.PICTURE.create(),
                event -> diagram.downloadPng(fileName("png")));
        Button print = new Button(getTranslation("orgchart.print"), VaadinIcon.PRINT.create(),
                event -> getElement().executeJs("window.print()"));
        // beside the org chart, the commander reads who carries which share of the unit's cost
        Button burden = new Button(getTranslation("orgchart.burden-sharing"), VaadinIcon.SCALE.create(),
                event -> UI.getCurrent().navigate(BURDEN_SHARING));
        burden.addClassName("burden-sharing-link");
        burden.setVisible(CurrentUser.liaisonNation().isEmpty()); // planners' and commanders' figures, all nations'
        HorizontalLayout toolbar = new HorizontalLayout(date, previous, next, zoomIn, zoomOut, fit, expand, collapse, svg,
                png, print, burden);
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
        String roster = switch (chart.rosterStatus()) {
            case "PUBLISHED" -> getTranslation("orgchart.status.published", chart.rosterLabel());
            case "DRAFT" -> getTranslation("orgchart.status.draft", chart.rosterLabel());
            default -> getTranslation("orgchart.status.none");
        };
        status.setText(getTranslation("orgchart.status", chart.periodLabel(), roster, chart.vacancies()));
        status.getElement().getThemeList().set("badge", true);
        status.getElement().getThemeList().set("contrast", "DRAFT".equals(chart.rosterStatus()));
        fillSidePanel(chart);
    }

    private void fillSidePanel(OrgChart chart) {
        sidePanel.removeAll();
        List<HousingWarnings.Warning> overCapacity = housing.stream()
                .flatMap(warnings -> warnings.overCapacity().stream())
                .filter(warning -> warning.covers(date.getValue())).toList();
        if (!overCapacity.isEmpty()) {
            UnorderedList lines = new UnorderedList();
            overCapacity.forEach(warning -> lines.add(new ListItem("⚠ " + getTranslation("orgchart.housing.line",
                    Labelled.labelOf(GarrisonKind.class, warning.kind()), warning.demand(), warning.places()))));
            lines.addClassName("housing-warnings");
            lines.getStyle().set("color", "var(--lumo-error-text-color)");
            sidePanel.add(new H4(getTranslation("orgchart.housing")), lines);
        }
        sidePanel.add(new H4(getTranslation("orgchart.nation-mix")), nationMix(chart.nationMix()));
        UnorderedList keyPosts = new UnorderedList();
        chart.sections().stream().flatMap(section -> section.posts().stream())
                .filter(post -> post.keyGroup() != null)
                .forEach(post -> keyPosts.add(new ListItem(post.code() + ": "
                        + (post.vacant() ? getTranslation("orgchart.vacant") : post.holder().label()))));
        sidePanel.add(new H4(getTranslation("orgchart.key-posts")), keyPosts);

        // a list, not a grid: in a side panel a grid's third column is cut to "NATO …"
        Div companies = new Div();
        companies.addClassName("side-list");
        chart.companies().forEach(unit -> companies.add(companyLine(unit)));
        sidePanel.add(new H4(getTranslation("orgchart.companies")), companies);

        UnorderedList coverage = new UnorderedList();
        chart.maintenanceCoverage().forEach(standard -> {
            ListItem item = new ListItem((standard.covered() ? "✔ " : "✘ ")
                    + Labelled.labelOf(EquipmentStandard.class, standard.standard()) + ": "
                    + (standard.covered() ? String.join(", ", standard.maintainers())
                            : getTranslation("orgchart.no-maintainer")));
            item.getStyle().set("color", standard.covered() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
            coverage.add(item);
        });
        sidePanel.add(new H4(getTranslation("orgchart.coverage")), coverage);

        UnorderedList handovers = new UnorderedList();
        chart.handovers().forEach(handover -> handovers.add(new ListItem(handover.date() + " " + handover.post() + ": "
                + handover.from() + " → " + handover.to())));
        if (chart.handovers().isEmpty()) {
            handovers.add(new ListItem(getTranslation("orgchart.no-handovers", OrgChartService.HANDOVER_WINDOW_DAYS)));
        }
        sidePanel.add(new H4(getTranslation("orgchart.handovers")), handovers);
    }

    /** "KAZ-1 · 92 all ranks", then its equipment by standard in words, wrapped rather than cut. */
    private Div companyLine(OrgChart.CompanyUnit unit) {
        Span name = new Span(getTranslation("orgchart.company", unit.code(), unit.strength()));
        name.getStyle().set("font-weight", "600");
        Div equipment = new Div(unit.equipmentByStandard().isEmpty() ? getTranslation("orgchart.no-equipment")
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
    private Div nationMix(Map<String, Long> mix) {
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
            chart.setText(getTranslation("orgchart.no-holders"));
        }
        return chart;
    }

    private void openDetails(String postCode) {
        service.details(postCode, date.getValue()).ifPresent(details -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(details.code() + " · " + details.title());
            VerticalLayout content = new VerticalLayout();
            content.add(new Span(details.section()));
            content.add(new H4(getTranslation("orgchart.holder-on", date.getValue())));
            content.add(new Span(details.holder() == null ? getTranslation("orgchart.vacant-holder")
                    : details.holder().label() + (details.holder().code() == null ? "" : " · " + details.holder().code())));
            details.problems().forEach(problem -> {
                Span warning = new Span("⚠ " + problem);
                warning.getStyle().set("color", "var(--lumo-error-text-color)");
                content.add(warning);
            });
            Grid<PostDetails.Tour> rotation = new Grid<>();
            rotation.addColumn(PostDetails.Tour::period).setHeader(getTranslation("orgchart.period"))
                    .setAutoWidth(true);
            rotation.addColumn(PostDetails.Tour::nation).setHeader(getTranslation("common.nation")).setAutoWidth(true);
            rotation.addColumn(PostDetails.Tour::holder).setHeader(getTranslation("orgchart.holder"));
            rotation.setItems(details.rotation());
            rotation.setAllRowsVisible(true);
            UnorderedList rules = new UnorderedList();
            details.rules().forEach(rule -> rules.add(new ListItem(rule)));
            content.add(new H4(getTranslation("orgchart.rotation")), rotation,
                    new H4(getTranslation("orgchart.rules")), rules);
            dialog.add(content);
            dialog.setWidth("40rem");
            dialog.getFooter().add(new Button(getTranslation("editor.close"), event -> dialog.close()));
            dialog.open();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.org-chart");
    }
}
