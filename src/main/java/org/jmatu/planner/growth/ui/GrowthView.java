package org.jmatu.planner.growth.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jmatu.planner.audit.AuditFilter;
import org.jmatu.planner.audit.AuditTrail;
import org.jmatu.planner.audit.AuditedKind;
import org.jmatu.planner.audit.Change;
import org.jmatu.planner.datasets.DataSet;
import org.jmatu.planner.datasets.DataSetContext;
import org.jmatu.planner.datasets.DataSetService;
import org.jmatu.planner.growth.GrowthReport;
import org.jmatu.planner.growth.GrowthService;
import org.jmatu.planner.growth.PeriodStrength;
import org.jmatu.planner.growth.PhaseChoices;
import org.jmatu.planner.growth.PhaseProblem;
import org.jmatu.planner.growth.PhaseSet;
import org.jmatu.planner.growth.PhaseShortfall;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.shared.EditConflictException;
import org.jmatu.planner.shared.EquipmentStandard;
import org.jmatu.planner.shared.Labelled;
import org.jmatu.planner.ui.BarChart;
import org.jmatu.planner.ui.Notices;

/**
 * The unit's growth from battalion to brigade: the phases on a timeline (planners move and edit them), the strength
 * they give over the horizon as charts and a table, what each phase still lacks, and the same figures of another data
 * set (a what-if) side by side.
 */
@RolesAllowed({"PLANNER", "COMMANDER"})
@Route("growth")
@Menu(title = "Growth", order = 3.5, icon = "vaadin:trending-up")
public class GrowthView extends VerticalLayout implements HasDynamicTitle {

    private final GrowthService growth;
    private final AuditTrail trail;
    private final boolean editable = CurrentUser.hasRole(Role.PLANNER);
    final PhaseTimeline timeline = new PhaseTimeline();
    final BarChart postsByNation = new BarChart("growth-posts-by-nation");
    final BarChart postsByRank = new BarChart("growth-posts-by-rank");
    final BarChart equipment = new BarChart("growth-equipment");
    final Grid<PeriodStrength> strength = new Grid<>();
    final UnorderedList shortfalls = new UnorderedList();
    final ComboBox<DataSet> compareWith = new ComboBox<>(getTranslation("growth.compare-with"));
    final Grid<Comparison> comparison = new Grid<>();
    final Span status = new Span();
    final UnorderedList sectionsWithoutPosts = new UnorderedList();
    private PhaseChoices choices;
    /** The phases as this page read them: a change saves them as a set, refused when someone saved since. */
    private PhaseSet phases;
    /** When this page read them: a conflict lists what others saved since. */
    private Instant readAt;

    /** One period of two growth schedules side by side: this data set's and the other's. */
    record Comparison(String period, PeriodStrength here, PeriodStrength other) {
    }

    GrowthView(GrowthService growth, DataSetService dataSets, AuditTrail trail) {
        this.growth = growth;
        this.trail = trail;
        setSizeFull();
        Button add = new Button(getTranslation("growth.add-phase"), VaadinIcon.PLUS.create(), event -> open(null));
        add.setVisible(editable);
        compareWith.setItems(dataSets.all().stream().filter(set -> !set.key().equals(DataSetContext.current())).toList());
        compareWith.setItemLabelGenerator(DataSet::name);
        compareWith.setClearButtonVisible(true);
        compareWith.addValueChangeListener(event -> compare());
        HorizontalLayout toolbar = new HorizontalLayout(add, compareWith);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        strength.addColumn(PeriodStrength::label).setHeader(getTranslation("growth.period")).setAutoWidth(true);
        strength.addColumn(row -> row.phase() == null ? "—" : row.phase()).setHeader(getTranslation("growth.phase"))
                .setAutoWidth(true);
        strength.addColumn(PeriodStrength::posts).setHeader(getTranslation("growth.posts")).setAutoWidth(true);
        strength.addColumn(row -> counts(row.needsByNation())).setHeader(getTranslation("growth.needs-by-nation"));
        strength.addColumn(row -> counts(row.needsByRank())).setHeader(getTranslation("growth.needs-by-rank"));
        strength.addColumn(PeriodStrength::companies).setHeader(getTranslation("growth.companies")).setAutoWidth(true);
        strength.addColumn(PeriodStrength::soldiers).setHeader(getTranslation("growth.soldiers")).setAutoWidth(true);
        strength.setAllRowsVisible(true);

        comparison.addColumn(Comparison::period).setHeader(getTranslation("growth.period")).setAutoWidth(true);
        comparison.addColumn(row -> phase(row.here())).setHeader(getTranslation("growth.compare.phase-here"));
        comparison.addColumn(row -> phase(row.other())).setHeader(getTranslation("growth.compare.phase-other"));
        comparison.addColumn(row -> pair(row, PeriodStrength::posts)).setHeader(getTranslation("growth.compare.posts"));
        comparison.addColumn(row -> pair(row, PeriodStrength::companies))
                .setHeader(getTranslation("growth.compare.companies"));
        comparison.addColumn(row -> pair(row, PeriodStrength::soldiers))
                .setHeader(getTranslation("growth.compare.soldiers"));
        comparison.setAllRowsVisible(true);
        comparison.setVisible(false);

        sectionsWithoutPosts.addClassName("phase-sections-without-posts");
        sectionsWithoutPosts.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-secondary-text-color))");
        add(new H2(getTranslation("menu.growth")), status, toolbar, timeline, sectionsWithoutPosts,
                new H3(getTranslation("growth.strength")), charts(), strength,
                new H3(getTranslation("growth.shortfalls")), shortfalls, comparison);
        refresh();
    }

    private Div charts() {
        Div charts = new Div(chart("growth.chart.posts-by-nation", postsByNation),
                chart("growth.chart.posts-by-rank", postsByRank), chart("growth.chart.equipment", equipment));
        charts.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(20rem, 1fr))")
                .set("gap", "var(--lumo-space-l)").set("width", "100%");
        return charts;
    }

    private Div chart(String title, BarChart chart) {
        Span heading = new Span(getTranslation(title));
        heading.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-s)");
        return new Div(heading, chart);
    }

    private void refresh() {
        readAt = Instant.now();
        phases = growth.phaseSet();
        choices = growth.choices().orElse(null);
        Optional<GrowthReport> report = growth.report();
        status.setText(report.isEmpty() ? getTranslation("growth.no-horizon") : "");
        status.setVisible(report.isEmpty());
        report.ifPresent(this::show);
        compare();
    }

    private void show(GrowthReport report) {
        timeline.show(choices.periods(), phases.inOrder(), editable ? this::move : null, this::open);
        sectionsWithoutPosts.removeAll();
        phases.inOrder().forEach(phase -> phase.sections().stream()
                .filter(section -> !choices.sections().contains(section))
                .forEach(section -> sectionsWithoutPosts.add(new ListItem(
                        getTranslation("growth.section-without-posts", phase.name(), section)))));
        postsByNation.show(columns(report.strength(), PeriodStrength::needsByNation), code -> code,
                value -> String.valueOf(value.intValue()));
        postsByRank.show(columns(report.strength(), PeriodStrength::needsByRank), code -> code,
                value -> String.valueOf(value.intValue()));
        equipment.show(columns(report.strength(), PeriodStrength::equipmentByStandard),
                standard -> Labelled.labelOf(EquipmentStandard.class, standard), value -> String.valueOf(value.intValue()));
        strength.setItems(report.strength());
        shortfalls.removeAll();
        report.shortfalls().forEach(shortfall -> shortfalls.add(shortfallLine(shortfall)));
        if (report.shortfalls().isEmpty()) {
            shortfalls.add(new ListItem(getTranslation("growth.no-phases")));
        }
    }

    private ListItem shortfallLine(PhaseShortfall shortfall) {
        String period = choices.periods().get(Math.min(shortfall.firstPeriod(), choices.periods().size() - 1));
        if (shortfall.isEmpty()) {
            return new ListItem("✔ " + getTranslation("growth.shortfall.none", shortfall.phase(), period));
        }
        List<String> parts = new ArrayList<>();
        if (!shortfall.postsWithoutNominees().isEmpty()) {
            parts.add(getTranslation("growth.shortfall.posts", missing(shortfall.postsWithoutNominees(), code -> code)));
        }
        if (!shortfall.standardsWithoutMaintainers().isEmpty()) {
            parts.add(getTranslation("growth.shortfall.standards", missing(shortfall.standardsWithoutMaintainers(),
                    standard -> Labelled.labelOf(EquipmentStandard.class, standard))));
        }
        ListItem line = new ListItem("✘ " + getTranslation("growth.shortfall", shortfall.phase(), period,
                String.join("; ", parts)));
        line.addClassName("phase-shortfall");
        line.getStyle().set("color", "var(--lumo-error-text-color)");
        return line;
    }

    private String missing(List<PhaseShortfall.Missing> missing, java.util.function.Function<String, String> words) {
        return missing.stream().map(item -> words.apply(item.what()) + " (" + choices.periods().get(item.period()) + ")")
                .collect(Collectors.joining(", "));
    }

    /** Moves a phase by a period, unless that would take it off the horizon. */
    private void move(PhaseSet.Phase phase, int by) {
        int to = phase.firstPeriod() + by;
        if (to < 0 || to >= choices.periods().size()) {
            return;
        }
        replace(phase, phase.withFirstPeriod(to));
    }

    private void open(PhaseSet.Phase phase) {
        if (choices == null) {
            return;
        }
        PhaseEditor[] editor = new PhaseEditor[1];
        editor[0] = new PhaseEditor(choices, phase, editable, edited -> {
            if (replace(phase, edited)) {
                editor[0].close();
            }
        });
        editor[0].open();
    }

    /**
     * Saves the phases with {@code edited} in place of {@code old} (a new phase where old is null, a delete where
     * edited is); false where they cannot be saved, so the editor stays open.
     */
    private boolean replace(PhaseSet.Phase old, PhaseSet.Phase edited) {
        PhaseSet changed = phases.replace(old, edited);
        List<PhaseProblem> problems = growth.problems(changed.phases());
        if (!problems.isEmpty()) {
            Notices.error(problems.stream().map(problem -> getTranslation(problem.key(), problem.args().toArray()))
                    .collect(Collectors.joining(" ")));
            return false;
        }
        try {
            growth.savePhases(changed);
        } catch (EditConflictException conflict) {
            new PhaseConflictDialog(savedSince(readAt), this::refresh).open();
            return true;
        }
        Notices.success(getTranslation("growth.saved"));
        refresh();
        return true;
    }

    /** The changes to the phases others saved since {@code since}, oldest first, from the audit trail. */
    private List<Change> savedSince(Instant since) {
        return trail.find(new AuditFilter(AuditedKind.GROWTH_PHASE, null, since.atZone(ZoneOffset.UTC).toLocalDate(),
                null)).stream().filter(change -> change.when().isAfter(since))
                .sorted(Comparator.comparingLong(Change::revision)).toList();
    }

    private void compare() {
        DataSet other = compareWith.getValue();
        comparison.setVisible(other != null);
        if (other == null) {
            return;
        }
        List<PeriodStrength> here = growth.report().map(GrowthReport::strength).orElse(List.of());
        List<PeriodStrength> there = growth.report(other.key()).map(GrowthReport::strength).orElse(List.of());
        Map<String, Comparison> rows = new LinkedHashMap<>();
        here.forEach(row -> rows.put(row.label(), new Comparison(row.label(), row, null)));
        there.forEach(row -> rows.merge(row.label(), new Comparison(row.label(), null, row),
                (mine, theirs) -> new Comparison(mine.period(), mine.here(), row)));
        comparison.setItems(List.copyOf(rows.values()));
    }

    private static List<BarChart.Column> columns(List<PeriodStrength> strength,
                                                 java.util.function.Function<PeriodStrength, Map<String, Integer>> values) {
        return strength.stream().map(row -> new BarChart.Column(row.label(), values.apply(row).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().doubleValue(), (a, b) -> a,
                        LinkedHashMap::new)))).toList();
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String phase(PeriodStrength row) {
        return row == null || row.phase() == null ? "—" : row.phase();
    }

    private static String pair(Comparison row, java.util.function.ToIntFunction<PeriodStrength> value) {
        return (row.here() == null ? "—" : String.valueOf(value.applyAsInt(row.here()))) + " | "
                + (row.other() == null ? "—" : String.valueOf(value.applyAsInt(row.other())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.growth");
    }
}
