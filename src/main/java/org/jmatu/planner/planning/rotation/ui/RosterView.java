package org.jmatu.planner.planning.rotation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jmatu.planner.planning.PlanningRoutes;
import org.jmatu.planner.planning.jobs.SolveJob;
import org.jmatu.planner.planning.jobs.SolveRefusedException;
import org.jmatu.planner.planning.jobs.SolveState;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.editing.WorkingRoster;
import org.jmatu.planner.planning.rotation.editing.WorkingRosters;
import org.jmatu.planner.planning.rotation.solver.NomineeOption;
import org.jmatu.planner.planning.rotation.solver.RotationExplanation;
import org.jmatu.planner.planning.rotation.versions.RosterVersion;
import org.jmatu.planner.planning.support.ScoreWords;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;

/**
 * The rotation roster: posts grouped by section down, periods across; the working roster's cells, score,
 * explanation, gaps and versions. Solving, hand edits, re-planning and saving are {@link WorkingRoster}'s; this
 * view shows it and forwards. A solve belongs to the data set, not to this page: it goes on when the page closes,
 * and every planner who opens the roster meanwhile sees it live and may stop it.
 */
@RolesAllowed({"PLANNER", "COMMANDER"})
@Route("roster")
@Menu(title = "Roster", order = 1, icon = "vaadin:calendar-user")
public class RosterView extends VerticalLayout implements HasDynamicTitle {

    private static final long REFRESH_NANOS = 300_000_000L;

    private final Optional<WorkingRoster> working;
    private RotationSlot selected;
    private Runnable stopWatching = () -> { };
    private volatile long lastRefresh = System.nanoTime() - REFRESH_NANOS;

    final Span score = new Span();
    final Span status = new Span();
    /** Who published the version in the picker and the commander's word on it. */
    final Span history = new Span();
    final HousingWarning housing = new HousingWarning();
    final Button solve = new Button(getTranslation("roster.solve"), event -> solve(() -> workingRoster().solve()));
    final Button stop = new Button(getTranslation("roster.stop"), event -> confirmStop());
    final Button save = new Button(getTranslation("roster.save-draft"), event -> confirmSave());
    final Button publish = new Button(getTranslation("roster.publish"),
            event -> saved(workingRoster().publish()));
    final ComboBox<RosterVersion> versions = new ComboBox<>(getTranslation("roster.open-version"));
    final TextField reviewComment = new TextField(getTranslation("roster.comment"));
    final Button approve = new Button(getTranslation("roster.approve"), event -> review(true));
    final Button sendBack = new Button(getTranslation("roster.return"), event -> review(false));
    final Button compare = new Button(getTranslation("roster.compare"),
            event -> UI.getCurrent().navigate(PlanningRoutes.COMPARE_VERSIONS));
    final PostRoster roster = new PostRoster(this::select);
    final ConstraintBreakdown constraints = new ConstraintBreakdown();
    final CellPanel cell = new CellPanel(this::assignSelectedNominee, this::togglePin,
            () -> selected != null && !solving());
    final GapsPanel gaps = new GapsPanel(() -> workingRoster().solution());
    final ReplanPanel replan = new ReplanPanel(this::replan);
    final PeopleRoster people = new PeopleRoster();
    final TabSheet tabs = new TabSheet();
    private Tab cellTab;

    public RosterView(WorkingRosters rosters) {
        this.working = rosters.open();
        setSizeFull();
        solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stop.setEnabled(false);

        versions.setItemLabelGenerator(RosterVersion::label);
        versions.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                workingRoster().open(event.getValue());
                selected = null;
                show();
            }
            showHistory(event.getValue());
            updateButtons();
        });
        reviewComment.setMaxLength(500);
        HorizontalLayout toolbar = new HorizontalLayout(solve, stop, score, status, save, publish,
                versions, compare, reviewComment, approve, sendBack);
        history.getStyle().set("font-size", "var(--lumo-font-size-s)");
        score.addClassName("roster-score");
        // the services refuse these anyway; hiding them only spares people buttons they may not use
        boolean planner = CurrentUser.hasRole(Role.PLANNER);
        boolean commander = CurrentUser.hasRole(Role.COMMANDER);
        for (Button plannerOnly : new Button[] {solve, stop, save, publish, replan.replan, cell.assign, cell.pin}) {
            plannerOnly.setVisible(planner);
        }
        reviewComment.setVisible(commander);
        approve.setVisible(commander);
        sendBack.setVisible(commander);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        TabSheet views = new TabSheet();
        views.add(getTranslation("roster.by-post"), roster);
        views.add(getTranslation("roster.by-person"), people);
        views.setSizeFull();
        SplitLayout split = new SplitLayout(views, sidePanel());
        split.setSizeFull();
        split.setSplitterPosition(72);
        add(new H2(getTranslation("roster.heading")), toolbar, history, housing, split);
        working.ifPresentOrElse(this::load, () -> {
            status.setText(getTranslation("roster.no-horizon"));
            updateButtons();
        });
    }

    private TabSheet sidePanel() {
        tabs.add(getTranslation("roster.explanation"), constraints);
        cellTab = tabs.add(getTranslation("roster.cell"), cell);
        tabs.add(getTranslation("roster.gaps"), gaps);
        tabs.add(getTranslation("roster.replan"), replan);
        tabs.setSizeFull();
        return tabs;
    }

    WorkingRoster workingRoster() {
        return working.orElseThrow();
    }

    private void load(WorkingRoster loaded) {
        List<RosterVersion> saved = loaded.versions();
        versions.setItems(saved);
        // a planner opening the roster learns at once when the newest version came back from the commander
        saved.stream().findFirst().filter(newest -> newest.review().returned()).ifPresent(this::showHistory);
        replan.person.setItems(loaded.personnel());
        replan.from.setValue(loaded.suggestedDropoutDay());
        roster.buildColumns(loaded.solution());
        people.buildColumns(loaded.solution());
        loaded.job().filter(SolveJob::active).ifPresent(job -> {
            job.best().ifPresent(plan -> loaded.showSolved(plan, false));
            showStatus(job);
        });
        show();
        updateButtons();
    }

    /** Shows the working roster: cells, score, explanation and gaps. */
    private void show() {
        WorkingRoster current = workingRoster();
        int hardBreaks = current.explanation().constraints().stream().filter(line -> line.level().equals("hard"))
                .mapToInt(RotationExplanation.ConstraintLine::matchCount).sum();
        score.setText(ScoreWords.roster(current.solution().getScore(), current.solution().getSlots().size(),
                hardBreaks));
        score.getElement().setAttribute("title",
                getTranslation("roster.solver-score", String.valueOf(current.solution().getScore())));
        constraints.setItems(current.explanation().constraints());
        gaps.show(current.solution());
        if (selected != null) {
            selected = current.slot(selected.getId()).orElse(null);
            showCell();
        }
        roster.show(current.solution(), current.slots(), current.explanation(), selected);
        people.show(current.solution());
        housing.show(current.scenario(), current.solution().getSlots().stream()
                .map(slot -> new Plan.RotationRow(slot.getPost().id(), slot.getPeriodIndex(),
                        slot.getPerson() == null ? null : slot.getPerson().id())).toList());
    }

    // ---- the selected cell ----

    void select(String slotId) {
        selected = workingRoster().slot(slotId).orElse(null);
        tabs.setSelectedTab(cellTab);
        showCell();
        roster.show(workingRoster().solution(), workingRoster().slots(), workingRoster().explanation(), selected);
    }

    private void showCell() {
        if (selected == null) {
            cell.clear();
            return;
        }
        boolean running = solving();
        cell.show(selected, workingRoster().explanation().forSlot(selected.getId()), running,
                running ? List.of() : workingRoster().rankNominees(selected.getId()));
    }

    private void assignSelectedNominee() {
        Optional<NomineeOption> choice = cell.nominees.getSelectedItems().stream().findFirst();
        if (selected == null || choice.isEmpty() || solving()) {
            return;
        }
        workingRoster().assign(selected.getId(), choice.get().person());
        show();
    }

    private void togglePin() {
        if (selected == null || solving()) {
            return;
        }
        workingRoster().togglePin(selected.getId());
        show();
    }

    // ---- solving ----

    boolean solving() {
        return working.map(WorkingRoster::solving).orElse(false);
    }

    private void solve(Supplier<SolveJob<RotationPlan>> start) {
        try {
            showStatus(start.get());
        } catch (SolveRefusedException busy) {
            Notification.show(busy.why().text());
        }
        updateButtons();
    }

    void replan() {
        PersonFact person = replan.person.getValue();
        LocalDate from = replan.from.getValue();
        if (person == null || from == null) {
            Notification.show(getTranslation("roster.replan.pick"));
            return;
        }
        solve(() -> workingRoster().replan(person, from));
    }

    /** Stops at once a solve this planner started; asks first before stopping someone else's. */
    private void confirmStop() {
        Optional<SolveJob<RotationPlan>> job = workingRoster().job().filter(SolveJob::active);
        if (job.isEmpty()) {
            return;
        }
        String by = job.get().startedBy();
        if (by.equals(CurrentUser.username())) {
            stopSolving();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("roster.stop.title", by),
                getTranslation("roster.stop.text", by), getTranslation("roster.stop.confirm"),
                event -> stopSolving());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("roster.stop.cancel"));
        confirm.open();
    }

    void stopSolving() {
        if (workingRoster().stop()) {
            status.setText(getTranslation("roster.stopping"));
        }
    }

    private void showHistory(RosterVersion version) {
        String text = version == null ? "" : version.history();
        history.setText(text.isEmpty() ? "" : getTranslation("roster.history", String.valueOf(version.number()), text));
        history.setVisible(!text.isEmpty());
    }

    private void showStatus(SolveJob<RotationPlan> job) {
        String text = ScoreWords.solveStatus(job, workingRoster().queuePosition(job));
        boolean solved = job.state() == SolveState.FINISHED || job.state() == SolveState.STOPPED;
        status.setText(solved ? text + changedFromPublished() : text);
    }

    /** After a re-plan, why the score may have worsened: each change from the published roster costs. */
    private String changedFromPublished() {
        long changed = workingRoster().solution().getSlots().stream().filter(RotationSlot::changedFromBaseline)
                .count();
        return changed == 0 ? "" : " · " + getTranslation("roster.changed-cells", changed);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (working.isEmpty()) {
            return;
        }
        UI ui = attachEvent.getUI();
        stopWatching = workingRoster().watchSolves(job -> {
            long now = System.nanoTime();
            boolean ended = !job.active();
            if (ended || now - lastRefresh >= REFRESH_NANOS) {
                lastRefresh = now;
                ui.access(() -> {
                    job.best().ifPresent(plan -> workingRoster().showSolved(plan, !job.active()));
                    showStatus(job);
                    show();
                    updateButtons();
                });
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopWatching.run();
        super.onDetach(detachEvent);
    }

    private void updateButtons() {
        boolean ready = working.isPresent();
        boolean running = solving();
        solve.setEnabled(ready && !running);
        stop.setEnabled(running);
        replan.replan.setEnabled(ready && !running);
        save.setEnabled(ready && !running);
        publish.setEnabled(ready && !running);
        cell.assign.setEnabled(!running && selected != null && !cell.nominees.getSelectedItems().isEmpty());
        cell.pin.setEnabled(!running && selected != null);
        RosterVersion version = versions.getValue();
        boolean reviewable = version != null && version.published() && !version.approved();
        approve.setEnabled(reviewable);
        sendBack.setEnabled(reviewable);
    }

    // ---- saving and reviewing ----

    /** Saves the roster; one that breaks hard rules only after the planner has read which, in a confirmation. */
    private void confirmSave() {
        Optional<String> broken = workingRoster().infeasibility();
        if (broken.isEmpty()) {
            saved(workingRoster().saveDraft());
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("roster.infeasible.title"), broken.get(),
                getTranslation("roster.infeasible.save"), event -> saved(workingRoster().saveDraft()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("roster.keep-working"));
        confirm.open();
    }

    private void saved(WorkingRoster.Saved saved) {
        versions.setItems(workingRoster().versions());
        Notification.show(saved.message());
        updateButtons();
    }

    /** The commander's decision on the version open in the picker. */
    private void review(boolean approved) {
        RosterVersion version = versions.getValue();
        if (version == null) {
            return;
        }
        try {
            RosterVersion reviewed = workingRoster().review(version, approved, reviewComment.getValue());
            versions.setItems(workingRoster().versions());
            versions.setValue(reviewed);
            showHistory(reviewed);
            reviewComment.clear();
            Notification.show(getTranslation(approved ? "roster.approved" : "roster.returned",
                    String.valueOf(reviewed.number())));
        } catch (IllegalArgumentException | IllegalStateException refused) {
            Notification.show(refused.getMessage());
        }
        updateButtons();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.roster");
    }
}
