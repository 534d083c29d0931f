package org.jmatu.planner.planning.rotation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jmatu.planner.planning.rotation.Gap;
import org.jmatu.planner.planning.rotation.NomineeOption;
import org.jmatu.planner.planning.rotation.PersonFact;
import org.jmatu.planner.planning.rotation.PlanRow;
import org.jmatu.planner.planning.rotation.PostFact;
import org.jmatu.planner.planning.rotation.RosterPlanService;
import org.jmatu.planner.planning.rotation.RotationExplanation;
import org.jmatu.planner.planning.rotation.RotationMapper;
import org.jmatu.planner.planning.rotation.RotationPlan;
import org.jmatu.planner.planning.rotation.RotationReplanning;
import org.jmatu.planner.planning.rotation.RotationScenarioProvider;
import org.jmatu.planner.planning.rotation.RotationSlot;
import org.jmatu.planner.planning.rotation.RotationSolution;
import org.jmatu.planner.planning.rotation.RotationSolverService;
import org.jmatu.planner.planning.rotation.RosterWorkbook;
import org.jmatu.planner.planning.rotation.StoredRoster;
import org.jmatu.planner.planning.ui.VersionComparisonView;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.shared.Period;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The rotation roster: posts grouped by section down, periods across. Solve and stop in the background with
 * the live best score, explain the score and each cell, hand-edit and pin cells, report gaps as CSV,
 * re-plan after a drop-out, save and publish versions.
 */
@RolesAllowed({"PLANNER", "COMMANDER"})
@Route("roster")
@PageTitle("Roster")
@Menu(title = "Roster", order = 1, icon = "vaadin:calendar-user")
public class RosterView extends VerticalLayout {

    static final String JOB = "roster";
    private static final long REFRESH_NANOS = 300_000_000L;
    private static final Pattern NATION_CODE = Pattern.compile("[A-Z]{3}");

    private final RotationSolverService solver;
    private final RosterPlanService plans;
    private final RotationScenarioProvider scenarios;
    private final Clock clock;

    private Scenario scenario;
    /** What the working roster was made from, so that publishing it never replaces newer work. */
    private RosterPlanService.Basis basis;
    private RotationSolution solution;
    private RotationExplanation explanation;
    private Map<String, RotationSlot> slotById = Map.of();
    private RotationSlot selected;
    private List<PlanRow> baselineRows = List.of();
    private Runnable stopListening = () -> { };
    private final AtomicLong lastRefresh = new AtomicLong();

    final Span score = new Span();
    final Span status = new Span();
    final Button solve = new Button("Solve", event -> solve());
    final Button stop = new Button("Stop", event -> stopSolving());
    final Button save = new Button("Save draft", event -> saveDraft(false));
    final Button publish = new Button("Publish", event -> saveDraft(true));
    final ComboBox<StoredRoster> versions = new ComboBox<>("Open version");
    final TextField reviewComment = new TextField("Commander's comment");
    final Button approve = new Button("Approve", event -> review(true));
    final Button sendBack = new Button("Return", event -> review(false));
    final Button compare = new Button("Compare versions",
            event -> UI.getCurrent().navigate(VersionComparisonView.class));
    final Grid<RosterRow> roster = new Grid<>();
    final Grid<RotationExplanation.ConstraintLine> constraints = new Grid<>();
    final Div cellTitle = new Div();
    final VerticalLayout cellReasons = new VerticalLayout();
    final Grid<NomineeOption> nominees = new Grid<>();
    final Button assign = new Button("Assign and pin", event -> assignSelectedNominee());
    final Button pin = new Button("Pin", event -> togglePin());
    final Grid<Gap> gaps = new Grid<>();
    final Anchor gapsCsv = new Anchor();
    final Anchor gapsXlsx = new Anchor();
    final Anchor rosterXlsx = new Anchor();
    final ComboBox<PersonFact> dropout = new ComboBox<>("Person dropping out");
    final DatePicker dropoutFrom = new DatePicker("Unavailable from");
    final Button replan = new Button("Re-plan", event -> replan());
    final TabSheet tabs = new TabSheet();
    final Grid<PersonFact> byPerson = new Grid<>();
    final ComboBox<String> personNation = new ComboBox<>("Nation");
    private Map<String, Map<Integer, String>> postsByPerson = Map.of();
    private Tab cellTab;

    /** A roster line: a section heading (post null) or a post. */
    record RosterRow(String section, PostFact post) {
    }

    public RosterView(RotationSolverService solver, RosterPlanService plans, RotationScenarioProvider scenarios,
                      ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
        this.solver = solver;
        this.plans = plans;
        this.scenarios = scenarios;
        setSizeFull();
        solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stop.setEnabled(false);
        score.getElement().setAttribute("title", "hard / medium (unfilled slots) / soft");
        versions.setItemLabelGenerator(StoredRoster::label);
        versions.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                openVersion(event.getValue());
            }
            updateButtons();
        });
        reviewComment.setMaxLength(500);
        HorizontalLayout toolbar = new HorizontalLayout(solve, stop, new Span("Score:"), score, status, save, publish,
                versions, compare, reviewComment, approve, sendBack);
        // the services refuse these anyway; hiding them only spares people buttons they may not use
        boolean planner = CurrentUser.hasRole(Role.PLANNER);
        boolean commander = CurrentUser.hasRole(Role.COMMANDER);
        for (Button plannerOnly : new Button[] {solve, stop, save, publish, replan, assign, pin}) {
            plannerOnly.setVisible(planner);
        }
        reviewComment.setVisible(commander);
        approve.setVisible(commander);
        sendBack.setVisible(commander);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        roster.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        roster.setSizeFull();

        byPerson.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        byPerson.setSizeFull();
        personNation.setClearButtonVisible(true);
        personNation.setPlaceholder("All nations");
        personNation.addValueChangeListener(event -> refreshPeople());
        VerticalLayout people = new VerticalLayout(personNation, byPerson);
        people.setPadding(false);
        people.setSizeFull();
        TabSheet views = new TabSheet();
        views.add("By post", roster);
        views.add("By person", people);
        views.setSizeFull();
        SplitLayout split = new SplitLayout(views, sidePanel());
        split.setSizeFull();
        split.setSplitterPosition(65);
        add(new H2("Rotation roster"), toolbar, split);
        load();
    }

    private TabSheet sidePanel() {
        constraints.addColumn(RotationExplanation.ConstraintLine::name).setHeader("Constraint").setFlexGrow(3);
        constraints.addColumn(RotationExplanation.ConstraintLine::level).setHeader("Level");
        constraints.addColumn(RotationExplanation.ConstraintLine::matchCount).setHeader("Matches");
        constraints.addColumn(RotationExplanation.ConstraintLine::impact).setHeader("Impact").setFlexGrow(2);
        constraints.setItemDetailsRenderer(new ComponentRenderer<>(line -> {
            VerticalLayout examples = new VerticalLayout();
            examples.setPadding(false);
            line.examples().forEach(example -> examples.add(new Span(example)));
            return examples;
        }));
        constraints.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        constraints.setHeight("100%");

        nominees.addColumn(option -> option.person() == null ? "(leave unfilled)" : option.person().label())
                .setHeader("Nominee").setFlexGrow(3);
        nominees.addColumn(NomineeOption::change).setHeader("Score change").setFlexGrow(2);
        nominees.setHeight("16rem");
        assign.setEnabled(false);
        pin.setEnabled(false);
        nominees.addSelectionListener(event -> assign.setEnabled(event.getFirstSelectedItem().isPresent()
                && selected != null && !solving()));
        cellReasons.setPadding(false);
        cellTitle.setText("Select a cell of the roster.");
        VerticalLayout cell = new VerticalLayout(cellTitle, cellReasons, new H3("Eligible nominees"), nominees,
                new HorizontalLayout(assign, pin));
        cell.setPadding(false);

        gaps.addColumn(Gap::post).setHeader("Post").setAutoWidth(true);
        gaps.addColumn(gap -> periodLabel(gap.period())).setHeader("Period").setAutoWidth(true);
        gaps.addColumn(Gap::reason).setHeader("Reason").setFlexGrow(4);
        gaps.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        gaps.setHeight("100%");
        gapsCsv.setText("Export CSV");
        gapsCsv.getElement().setAttribute("download", true);
        gapsCsv.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] csv = gapsCsv().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "roster-gaps.csv", "text/csv", csv.length);
        }));
        // For the liaison officers, who work in spreadsheets: the gap report and the whole roster as .xlsx.
        gapsXlsx.setText("Gaps .xlsx");
        gapsXlsx.getElement().setAttribute("download", true);
        gapsXlsx.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] xlsx = RosterWorkbook.gaps(solution);
            return new DownloadResponse(new ByteArrayInputStream(xlsx), "roster-gaps.xlsx", RosterWorkbook.CONTENT_TYPE,
                    xlsx.length);
        }));
        rosterXlsx.setText("Roster .xlsx");
        rosterXlsx.getElement().setAttribute("download", true);
        rosterXlsx.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] xlsx = RosterWorkbook.roster(solution);
            return new DownloadResponse(new ByteArrayInputStream(xlsx), "roster.xlsx", RosterWorkbook.CONTENT_TYPE,
                    xlsx.length);
        }));

        dropout.setItemLabelGenerator(PersonFact::label);
        dropoutFrom.setValue(LocalDate.now(clock));
        VerticalLayout replanPanel = new VerticalLayout(new Span("Mark a person unavailable from a date; the solver"
                + " repairs the roster from that date on, keeps earlier periods and changes as little as possible"
                + " from the published plan. Changed cells are marked."), dropout, dropoutFrom, replan);
        replanPanel.setPadding(false);

        tabs.add("Explanation", constraints);
        cellTab = tabs.add("Cell", cell);
        tabs.add("Gaps", new VerticalLayout(new HorizontalLayout(gapsCsv, gapsXlsx, rosterXlsx), gaps));
        tabs.add("Re-plan", replanPanel);
        tabs.setSizeFull();
        return tabs;
    }

    // ---- loading and showing ----

    private void load() {
        Optional<Scenario> current = scenarios.current();
        if (current.isEmpty()) {
            status.setText("No horizon is set up yet: enter the establishment and the horizon first.");
            solve.setEnabled(false);
            return;
        }
        scenario = current.get();
        basis = plans.basis(scenario);
        baselineRows = plans.baseline().map(StoredRoster::rows).orElse(List.of());
        RotationSolution fresh = RotationMapper.toSolution(scenario, baselineRows);
        Optional<StoredRoster> latest = plans.latest();
        latest.ifPresent(saved -> RotationMapper.applyRows(fresh, saved.rows(), saved.pinnedSlots()));
        RotationReplanning.pinPublishedPast(fresh, baselineRows, LocalDate.now(clock));
        versions.setItems(plans.versions());
        dropout.setItems(fresh.getPersonnel());
        buildColumns(fresh);
        solver.job(JOB).filter(job -> !job.finished()).ifPresentOrElse(job -> show(job.best()), () -> show(fresh));
        if (solving()) {
            status.setText("A solve is running (started " + solver.job(JOB).map(job -> job.started().toString())
                    .orElse("") + ")");
        }
        updateButtons();
    }

    private void buildColumns(RotationSolution model) {
        roster.removeAllColumns();
        roster.addColumn(new ComponentRenderer<>(this::postCell)).setHeader("Post").setFrozen(true)
                .setWidth("16rem").setFlexGrow(0);
        for (Period period : model.getPeriods()) {
            int index = period.index();
            roster.addColumn(new ComponentRenderer<>(row -> slotCell(row, index))).setHeader(period.label())
                    .setKey("p" + index).setWidth("15rem").setFlexGrow(0);
        }
        List<RosterRow> rows = new ArrayList<>();
        List<PostFact> posts = model.getPosts().stream().sorted(Comparator.comparingInt(PostFact::order)).toList();
        Map<String, List<PostFact>> bySection = posts.stream()
                .collect(Collectors.groupingBy(PostFact::section, java.util.LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<PostFact>> entry : bySection.entrySet()) {
            rows.add(new RosterRow(entry.getKey(), null));
            entry.getValue().forEach(post -> rows.add(new RosterRow(entry.getKey(), post)));
        }
        roster.setItems(rows);

        byPerson.removeAllColumns();
        byPerson.addColumn(new ComponentRenderer<>(person -> {
            Div cell = new Div(new Span(person.name() + " " + person.rank().code() + " "),
                    nationBadge(person.nationCode()));
            return cell;
        })).setHeader("Person").setFrozen(true).setWidth("16rem").setFlexGrow(0);
        for (Period period : model.getPeriods()) {
            int index = period.index();
            byPerson.addColumn(person -> postsByPerson.getOrDefault(person.id(), Map.of()).getOrDefault(index, ""))
                    .setHeader(period.label()).setKey("p" + index).setWidth("9rem").setFlexGrow(0);
        }
        personNation.setItems(model.getNations().stream().map(nation -> nation.code()).toList());
    }

    private void refreshPeople() {
        if (solution == null) {
            return;
        }
        Map<String, Map<Integer, String>> held = new HashMap<>();
        Map<String, PersonFact> holders = new java.util.TreeMap<>();
        for (RotationSlot slot : solution.getSlots()) {
            PersonFact person = slot.getPerson();
            if (person != null) {
                held.computeIfAbsent(person.id(), id -> new HashMap<>())
                        .merge(slot.getPeriodIndex(), slot.getPost().id(), (a, b) -> a + ", " + b);
                holders.put(person.nationCode() + " " + person.name() + " " + person.id(), person);
            }
        }
        postsByPerson = held;
        String nation = personNation.getValue();
        byPerson.setItems(holders.values().stream()
                .filter(person -> nation == null || person.nationCode().equals(nation)).toList());
    }

    /** Shows {@code model} as the working roster: cells, score, explanation and gaps. */
    void show(RotationSolution model) {
        solution = model;
        Map<String, RotationSlot> byId = new HashMap<>();
        model.getSlots().forEach(slot -> byId.put(slot.getId(), slot));
        slotById = byId;
        if (model.getScore() == null) {
            solver.update(model);
        }
        score.setText(String.valueOf(model.getScore()));
        if (!solving()) {
            explanation = solver.explain(model);
            constraints.setItems(explanation.constraints());
            gaps.setItems(RotationMapper.toPlan(model).gaps());
        }
        if (selected != null) {
            selected = slotById.get(selected.getId());
            showCell();
        }
        roster.getDataProvider().refreshAll();
        refreshPeople();
    }

    private Div postCell(RosterRow row) {
        Div cell = new Div();
        if (row.post() == null) {
            cell.setText(row.section());
            cell.getStyle().set("font-weight", "bold");
        } else {
            cell.setText(row.post().id() + " " + row.post().title());
            cell.getElement().setAttribute("title", row.post().rankBand() + ", " + String.join(", ",
                    row.post().skills()) + ", English " + row.post().englishMin());
        }
        return cell;
    }

    Div slotCell(RosterRow row, int period) {
        Div cell = new Div();
        if (row.post() == null) {
            return cell;
        }
        String slotId = row.post().id() + "@" + period;
        RotationSlot slot = slotById.get(slotId);
        cell.setId("cell-" + slotId);
        if (slot == null) {
            cell.setText("–");
            cell.getStyle().set("color", "var(--lumo-disabled-text-color)");
            return cell;
        }
        cell.getStyle().set("cursor", "pointer").set("padding", "0 0.25em").set("min-height", "1.5em")
                .set("font-size", "var(--lumo-font-size-s)").set("white-space", "nowrap").set("overflow", "hidden")
                .set("text-overflow", "ellipsis");
        PersonFact person = slot.getPerson();
        if (person == null) {
            cell.setText("unfilled");
            cell.getStyle().set("background", "var(--lumo-error-color-10pct)")
                    .set("color", "var(--lumo-error-text-color)");
        } else {
            Span name = new Span(" " + person.name() + " ");
            Span rank = new Span(person.rank().code());
            rank.getStyle().set("color", "var(--lumo-secondary-text-color)");
            cell.add(nationBadge(person.nationCode()), name, rank);
            cell.getElement().setAttribute("title", person.label());
        }
        if (slot.isPinned()) {
            Span pinMark = new Span(" (pinned)");
            pinMark.getStyle().set("font-size", "var(--lumo-font-size-xs)");
            cell.add(pinMark);
        }
        if (explanation != null && hardBroken(slotId)) {
            cell.getStyle().set("outline", "2px solid var(--lumo-error-color)");
            cell.getElement().setAttribute("title", String.join("\n", explanation.forSlot(slotId)));
        }
        if (slot.changedFromBaseline()) {
            cell.getStyle().set("border-left", "4px solid var(--lumo-warning-color, orange)");
        }
        if (selected != null && selected.getId().equals(slotId)) {
            cell.getStyle().set("box-shadow", "inset 0 0 0 2px var(--lumo-primary-color)");
        }
        cell.addClickListener(event -> select(slotId));
        return cell;
    }

    static Span nationBadge(String code) {
        Span badge = new Span(code);
        badge.addClassName("nation-badge");
        if (NATION_CODE.matcher(code).matches()) {
            badge.getStyle().set("background", "var(--nation-" + code + ")");
        }
        return badge;
    }

    private boolean hardBroken(String slotId) {
        return explanation.constraints().stream().anyMatch(line -> line.level().equals("hard"))
                && explanation.forSlot(slotId).stream().anyMatch(this::isHardReason);
    }

    private boolean isHardReason(String reason) {
        return explanation.constraints().stream().filter(line -> line.level().equals("hard"))
                .anyMatch(line -> reason.startsWith(line.name() + ": "));
    }

    // ---- the selected cell ----

    void select(String slotId) {
        selected = slotById.get(slotId);
        tabs.setSelectedTab(cellTab);
        showCell();
        roster.getDataProvider().refreshAll();
    }

    private void showCell() {
        cellReasons.removeAll();
        if (selected == null) {
            cellTitle.setText("Select a cell of the roster.");
            nominees.setItems(List.of());
            pin.setEnabled(false);
            return;
        }
        PersonFact person = selected.getPerson();
        cellTitle.setText(selected.label() + ": " + (person == null ? "unfilled" : person.label())
                + (selected.isPinned() ? ", pinned" : ""));
        if (explanation != null) {
            explanation.forSlot(selected.getId()).forEach(reason -> cellReasons.add(new Span(reason)));
        }
        pin.setText(selected.isPinned() ? "Unpin" : "Pin");
        pin.setEnabled(!solving());
        nominees.setItems(solving() ? List.of() : solver.rankNominees(solution, selected));
    }

    private void assignSelectedNominee() {
        Optional<NomineeOption> choice = nominees.getSelectedItems().stream().findFirst();
        if (selected == null || choice.isEmpty() || solving()) {
            return;
        }
        selected.pin(choice.get().person());
        solution.setScore(null);
        show(solution);
    }

    private void togglePin() {
        if (selected == null || solving()) {
            return;
        }
        if (selected.isPinned()) {
            selected.unpin();
        } else {
            selected.pin(selected.getPerson());
        }
        solution.setScore(null);
        show(solution);
    }

    // ---- solving ----

    void stopSolving() {
        solver.stop(JOB);
        status.setText("Stopping…");
    }

    boolean solving() {
        return solver.isSolving(JOB);
    }

    void solve() {
        startSolve(copyForSolving(scenario, Set.of()));
    }

    private void startSolve(RotationSolution problem) {
        try {
            solver.solve(JOB, problem);
            status.setText("Solving…");
        } catch (IllegalStateException busy) {
            Notification.show(busy.getMessage());
        }
        updateButtons();
    }

    /** The working roster as a new problem: current holders as the start, pins kept, baseline attached. */
    private RotationSolution copyForSolving(Scenario source, Set<String> extraPins) {
        RotationSolution problem = RotationMapper.toSolution(source, baselineRows);
        Set<String> pins = new HashSet<>(extraPins);
        solution.getSlots().stream().filter(RotationSlot::isPinned).forEach(slot -> pins.add(slot.getId()));
        RotationMapper.applyRows(problem, RotationMapper.toPlan(solution).rotation(), pins);
        return problem;
    }

    void replan() {
        PersonFact person = dropout.getValue();
        LocalDate from = dropoutFrom.getValue();
        if (person == null || from == null) {
            Notification.show("Pick the person who drops out and the date");
            return;
        }
        scenario = RotationReplanning.withDropout(scenario, person.id(), from);
        Set<String> pins = solution.getSlots().stream().filter(RotationSlot::isPinned).map(RotationSlot::getId)
                .collect(Collectors.toSet());
        startSolve(RotationReplanning.repairProblem(scenario, RotationMapper.toPlan(solution).rotation(), pins,
                baselineRows, from));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        stopListening = solver.addListener(JOB, new RotationSolverService.SolveListener() {
            @Override
            public void bestSolutionChanged(RotationSolution best) {
                long now = System.nanoTime();
                long last = lastRefresh.get();
                if (now - last >= REFRESH_NANOS && lastRefresh.compareAndSet(last, now)) {
                    ui.access(() -> {
                        status.setText("Solving…");
                        show(best);
                        updateButtons();
                    });
                }
            }

            @Override
            public void solvingEnded(RotationSolution best, String error) {
                ui.access(() -> {
                    status.setText(error == null ? "Solved" : "Solve failed: " + error);
                    show(best);
                    updateButtons();
                });
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopListening.run();
        super.onDetach(detachEvent);
    }

    private void updateButtons() {
        boolean running = solving();
        solve.setEnabled(!running && scenario != null);
        stop.setEnabled(running);
        replan.setEnabled(!running && scenario != null);
        save.setEnabled(!running && solution != null);
        publish.setEnabled(!running && solution != null);
        assign.setEnabled(!running && selected != null && !nominees.getSelectedItems().isEmpty());
        pin.setEnabled(!running && selected != null);
        StoredRoster version = versions.getValue();
        boolean reviewable = version != null && version.published() && !version.approved();
        approve.setEnabled(reviewable);
        sendBack.setEnabled(reviewable);
    }

    /** The commander's decision on the version open in the picker. */
    private void review(boolean approved) {
        StoredRoster version = versions.getValue();
        if (version == null) {
            return;
        }
        try {
            StoredRoster reviewed = approved ? plans.approve(version.id(), reviewComment.getValue())
                    : plans.returnWithComment(version.id(), reviewComment.getValue());
            versions.setItems(plans.versions());
            versions.setValue(plans.find(reviewed.id()).orElse(null));
            baselineRows = plans.baseline().map(StoredRoster::rows).orElse(List.of());
            Notification.show((approved ? "Approved " : "Returned ") + reviewed.label());
        } catch (IllegalArgumentException | IllegalStateException refused) {
            Notification.show(refused.getMessage());
        }
        updateButtons();
    }

    // ---- saving ----

    private void saveDraft(boolean andPublish) {
        if (solution == null || solving()) {
            return;
        }
        Set<String> pins = solution.getSlots().stream().filter(RotationSlot::isPinned).map(RotationSlot::getId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        RotationPlan plan = RotationMapper.toPlan(solution);
        boolean current = plans.basis(scenario).newestVersion() == basis.newestVersion();
        StoredRoster saved = andPublish ? plans.saveAndPublish(scenario.name(), plan, pins, basis)
                : plans.saveDraft(scenario.name(), plan, pins, null);
        if (saved.published()) {
            baselineRows = saved.rows();
        }
        if (saved.published() || !andPublish && current) {
            basis = basis.after(saved);
        }
        versions.setItems(plans.versions());
        Notification.show(andPublish && !saved.published()
                ? saved.note() + ". Compare " + saved.label() + " with the newer work (Compare versions) before"
                        + " publishing."
                : "Saved " + saved.label());
    }

    private void openVersion(StoredRoster version) {
        RotationSolution fresh = RotationMapper.toSolution(scenario, baselineRows);
        RotationMapper.applyRows(fresh, version.rows(), version.pinnedSlots());
        selected = null;
        show(fresh);
    }

    // ---- gaps ----

    String gapsCsv() {
        RotationPlan plan = RotationMapper.toPlan(solution);
        StringBuilder csv = new StringBuilder("post,period,reason\n");
        for (Gap gap : plan.gaps()) {
            csv.append(csvField(gap.post())).append(',').append(csvField(periodLabel(gap.period()))).append(',')
                    .append(csvField(gap.reason())).append('\n');
        }
        return csv.toString();
    }

    private static String csvField(String value) {
        String safe = value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@")
                ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private String periodLabel(int index) {
        return solution == null || index >= solution.getPeriods().size() ? String.valueOf(index)
                : solution.getPeriods().get(index).label();
    }

    RotationSolution solution() {
        return solution;
    }
}
