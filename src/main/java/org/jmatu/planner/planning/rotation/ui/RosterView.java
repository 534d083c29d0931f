package org.jmatu.planner.planning.rotation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jmatu.planner.planning.rotation.domain.Gap;
import org.jmatu.planner.planning.rotation.solver.NomineeOption;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.planning.rotation.solver.RotationExplanation;
import org.jmatu.planner.planning.rotation.solver.RotationMapper;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.solver.RotationReplanning;
import org.jmatu.planner.planning.ScenarioSource;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.planning.rotation.solver.RotationSolverService;
import org.jmatu.planner.planning.rotation.versions.RosterVersion;
import org.jmatu.planner.planning.ui.VersionComparisonView;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
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

    private final RotationSolverService solver;
    private final RosterVersionService plans;
    private final ScenarioSource scenarios;
    private final Clock clock;

    private Scenario scenario;
    /** What the working roster was made from, so that publishing it never replaces newer work. */
    private RosterVersionService.Basis basis;
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
    final ComboBox<RosterVersion> versions = new ComboBox<>("Open version");
    final TextField reviewComment = new TextField("Commander's comment");
    final Button approve = new Button("Approve", event -> review(true));
    final Button sendBack = new Button("Return", event -> review(false));
    final Button compare = new Button("Compare versions",
            event -> UI.getCurrent().navigate(VersionComparisonView.class));
    final PostRoster roster = new PostRoster(this::select);
    // The panels' parts stay reachable under the names the view's tests have always used.
    final Grid<RotationExplanation.ConstraintLine> constraints = new ConstraintBreakdown();
    private final CellPanel cell = new CellPanel(this::assignSelectedNominee, this::togglePin,
            () -> selected != null && !solving());
    final Div cellTitle = cell.title;
    final VerticalLayout cellReasons = cell.reasons;
    final Grid<NomineeOption> nominees = cell.nominees;
    final Button assign = cell.assign;
    final Button pin = cell.pin;
    private final GapsPanel gapsPanel = new GapsPanel(() -> solution);
    final Grid<Gap> gaps = gapsPanel.grid;
    final Anchor gapsXlsx = gapsPanel.xlsx;
    final Anchor rosterXlsx = gapsPanel.rosterXlsx;
    private final ReplanPanel replanPanel = new ReplanPanel(this::replan);
    final ComboBox<PersonFact> dropout = replanPanel.person;
    final DatePicker dropoutFrom = replanPanel.from;
    final Button replan = replanPanel.replan;
    final TabSheet tabs = new TabSheet();
    private final PeopleRoster people = new PeopleRoster();
    final Grid<PersonFact> byPerson = people.grid;
    private Tab cellTab;

    public RosterView(RotationSolverService solver, RosterVersionService plans, ScenarioSource scenarios,
                      ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
        this.solver = solver;
        this.plans = plans;
        this.scenarios = scenarios;
        setSizeFull();
        solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stop.setEnabled(false);
        score.getElement().setAttribute("title", "hard / medium (unfilled slots) / soft");
        versions.setItemLabelGenerator(RosterVersion::label);
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
        dropoutFrom.setValue(LocalDate.now(this.clock));

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
        tabs.add("Explanation", constraints);
        cellTab = tabs.add("Cell", cell);
        tabs.add("Gaps", gapsPanel);
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
        baselineRows = plans.baseline().map(RosterVersion::rows).orElse(List.of());
        RotationSolution fresh = RotationMapper.toSolution(scenario, baselineRows);
        Optional<RosterVersion> latest = plans.latest();
        latest.ifPresent(saved -> RotationMapper.applyRows(fresh, saved.rows(), saved.pinnedSlots()));
        RotationReplanning.pinPublishedPast(fresh, baselineRows, LocalDate.now(clock));
        versions.setItems(plans.versions());
        dropout.setItems(fresh.getPersonnel());
        roster.buildColumns(fresh);
        people.buildColumns(fresh);
        solver.job(JOB).filter(job -> !job.finished()).ifPresentOrElse(job -> show(job.best()), () -> show(fresh));
        if (solving()) {
            status.setText("A solve is running (started " + solver.job(JOB).map(job -> job.started().toString())
                    .orElse("") + ")");
        }
        updateButtons();
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
            gapsPanel.show(model);
        }
        if (selected != null) {
            selected = slotById.get(selected.getId());
            showCell();
        }
        roster.show(slotById, explanation, selected);
        people.show(model);
    }

    // ---- the selected cell ----

    void select(String slotId) {
        selected = slotById.get(slotId);
        tabs.setSelectedTab(cellTab);
        showCell();
        roster.show(slotById, explanation, selected);
    }

    private void showCell() {
        if (selected == null) {
            cell.clear();
            return;
        }
        boolean running = solving();
        cell.show(selected, explanation == null ? List.of() : explanation.forSlot(selected.getId()), running,
                running ? List.of() : solver.rankNominees(solution, selected));
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
        RosterVersion version = versions.getValue();
        boolean reviewable = version != null && version.published() && !version.approved();
        approve.setEnabled(reviewable);
        sendBack.setEnabled(reviewable);
    }

    /** The commander's decision on the version open in the picker. */
    private void review(boolean approved) {
        RosterVersion version = versions.getValue();
        if (version == null) {
            return;
        }
        try {
            RosterVersion reviewed = approved ? plans.approve(version.id(), reviewComment.getValue())
                    : plans.returnWithComment(version.id(), reviewComment.getValue());
            versions.setItems(plans.versions());
            versions.setValue(plans.find(reviewed.id()).orElse(null));
            baselineRows = plans.baseline().map(RosterVersion::rows).orElse(List.of());
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
        RosterVersion saved = andPublish ? plans.saveAndPublish(scenario.name(), plan, pins, basis)
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

    private void openVersion(RosterVersion version) {
        RotationSolution fresh = RotationMapper.toSolution(scenario, baselineRows);
        RotationMapper.applyRows(fresh, version.rows(), version.pinnedSlots());
        selected = null;
        show(fresh);
    }

    // ---- gaps ----

    String gapsCsv() {
        return gapsPanel.csv();
    }

    RotationSolution solution() {
        return solution;
    }
}
