package org.jmatu.planner.planning.calendar.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jmatu.planner.exercises.Exercise;
import org.jmatu.planner.exercises.ExercisesService;
import org.jmatu.planner.planning.CurrentPlanService;
import org.jmatu.planner.planning.DraftNames;
import org.jmatu.planner.planning.ScenarioSource;
import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.calendar.domain.ConferenceSchedule;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.jmatu.planner.planning.calendar.export.CalendarIcsExporter;
import org.jmatu.planner.planning.calendar.proof.FeasibilityAnalysis;
import org.jmatu.planner.planning.calendar.solver.CalendarSolveRequest;
import org.jmatu.planner.planning.calendar.solver.ConstraintExplanation;
import org.jmatu.planner.planning.calendar.solver.CalendarSolverService;
import org.jmatu.planner.planning.calendar.solver.ConstraintExplanation;
import org.jmatu.planner.planning.calendar.versions.CalendarVersion;
import org.jmatu.planner.planning.calendar.versions.CalendarVersionService;
import org.jmatu.planner.planning.calendar.versions.RosterMaintainers;
import org.jmatu.planner.planning.jobs.SolveJob;
import org.jmatu.planner.planning.jobs.SolveRefusedException;
import org.jmatu.planner.planning.support.ScoreWords;
import org.jmatu.planner.planning.support.BrokenHardRules;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Language;

/**
 * The exercise calendar: a timeline of the planned exercises (bars coloured by host nation, blackouts
 * shaded, planning conferences as milestones), a nation filter, solve/stop with a live score, an
 * explanation of the score, hand edits and pins, thin years with an "Add exercise" button, saving and
 * publishing, and the iCalendar download.
 */
@RolesAllowed({"PLANNER", "COMMANDER", "LIAISON"})
@Route("calendar")
@Menu(title = "Exercise calendar", order = 2, icon = "vaadin:calendar")
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private static final long REFRESH_NANOS = 300_000_000L;

    private final CalendarSolverService solver;
    private final ExercisesService exercises;
    /** Maintainers' standards per period from the HQ roster; empty when there is no roster yet. */
    private final Map<Integer, Set<String>> rosterStandards;
    private final CalendarVersionService plans;
    private final CurrentPlanService currentPlans;
    private final Clock clock;
    private final Scenario base;

    private final List<Scenario.Exercise> addedExercises = new ArrayList<>();
    private final Map<String, Scenario.PinnedExercise> pins = new LinkedHashMap<>();
    private volatile CalendarPlan plan;
    private volatile String nation;
    private volatile Scenario working;
    private Integer year;
    private String selected;
    private ConferenceSchedule schedule;
    private Runnable stopWatching = () -> { };
    /** How often the plan breaks hard rules, by its latest explanation (0 while none is known). */
    private int hardBreaks;
    private volatile long lastRefresh = System.nanoTime() - REFRESH_NANOS;
    private Long savedId;
    /** The newest saved calendar when this one was begun, so that publishing it never replaces newer work. */
    private CalendarVersionService.Basis basis;

    private final CalendarToolbar toolbar;
    final Select<String> nationFilter;
    final Button solve;
    final Span score;
    private final ThinYears thinYears = new ThinYears();
    private final PlanWarnings warnings = new PlanWarnings();
    final ProvenCauses causes = new ProvenCauses();
    private final CalendarTimeline timeline = new CalendarTimeline();
    private final ExerciseDetails details = new ExerciseDetails();
    private final ScoreExplanation explanation = new ScoreExplanation();

    public CalendarView(CalendarSolverService solver, CalendarVersionService plans, ScenarioSource source,
                        ConferenceSchedule conferenceSchedule, RosterMaintainers rosterMaintainers,
                        ExercisesService exercises, Clock clock, CurrentPlanService currentPlans) {
        this.currentPlans = currentPlans;
        this.clock = clock;
        this.solver = solver;
        this.plans = plans;
        this.schedule = conferenceSchedule;
        this.exercises = exercises;
        this.base = source.current().orElseThrow(() -> new IllegalStateException("no planning horizon is set"));
        this.basis = plans.basis();
        this.rosterStandards = rosterMaintainers.standardsByPeriod(base);
        if (base.pinned() != null && base.pinned().exercises() != null) {
            base.pinned().exercises().forEach(p -> pins.put(p.exercise(), p));
        }
        working = scenario();
        setSizeFull();

        toolbar = new CalendarToolbar(base.nations(), years(), icsDownload());
        nationFilter = toolbar.nationFilter;
        solve = toolbar.solve;
        score = toolbar.score;
        nationFilter.addValueChangeListener(e -> {
            nation = e.getValue();
            refresh();
        });
        toolbar.yearFilter.addValueChangeListener(e -> {
            year = e.getValue();
            refresh();
        });
        solve.addClickListener(e -> startSolving());
        toolbar.stop.addClickListener(e -> stopSolving());
        toolbar.saveDraft.addClickListener(e -> save());
        toolbar.publish.addClickListener(e -> publish());

        HorizontalLayout lower = new HorizontalLayout(details, explanation);
        lower.setWidthFull();
        details.setWidth("55%");
        explanation.setWidth("45%");

        add(new H2(getTranslation("menu.calendar")), new Span(base.name()), toolbar,
                new ConferenceSettings(schedule, this::applyConferenceSchedule), causes, thinYears, warnings, timeline,
                new CalendarLegend(base.nations()), lower);

        loadSavedPlan();
        analyse();
        refresh();
    }

    /** How many events the .ics download of the chosen nation holds. */
    private int events() {
        if (plan == null) {
            return 0;
        }
        String ics = CalendarIcsExporter.export(working, plan, nation);
        return ics.split("BEGIN:VEVENT", -1).length - 1;
    }

    /**
     * Proves from the data what no calendar can keep (before solving, and when a solve ends with hard rules broken)
     * and shows it; a notification says so once a solve has ended that way.
     */
    private void analyse() {
        causes.show(FeasibilityAnalysis.proven(working));
    }

    /** The calendar as iCalendar in the user's language, for the nation chosen when the download starts. */
    private DownloadHandler icsDownload() {
        return DownloadHandler.fromInputStream(event -> {
            CalendarPlan current = plan;
            String forNation = nation;
            byte[] bytes = current == null ? new byte[0]
                    : I18n.in(Language.of(event.getUI().getLocale()),
                            () -> CalendarIcsExporter.export(working, current, forNation)).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    "jmatu-exercises" + (forNation == null ? "" : "-" + forNation) + ".ics", "text/calendar", bytes.length);
        });
    }

    // ------------------------------------------------------------------ state

    private Scenario scenario() {
        List<Scenario.Exercise> exercises = new ArrayList<>(base.exercises());
        exercises.addAll(addedExercises);
        List<Scenario.PinnedSlot> rotation = base.pinned() == null || base.pinned().rotation() == null
                ? List.of() : base.pinned().rotation();
        return base.withExercisesAndPins(List.copyOf(exercises), new Scenario.Pinned(rotation,
                List.copyOf(pins.values()), base.pinned() == null ? List.of() : base.pinned().courseSeats()));
    }

    private CalendarSolveRequest request() {
        return new CalendarSolveRequest(working, rosterStandards, plan == null ? List.of() : plan.exercises(), schedule);
    }

    private void loadSavedPlan() {
        // planners and the commander work on the newest calendar; anyone else reads only the current (published) one
        boolean works = CurrentUser.hasRole(Role.PLANNER) || CurrentUser.hasRole(Role.COMMANDER);
        Optional<CalendarVersion> shown = works ? plans.latestPublished().filter(p -> p.scenario().equals(base.name()))
                .or(() -> plans.list().stream().filter(p -> p.scenario().equals(base.name())).findFirst())
                : currentPlans.currentCalendar(base);
        if (shown.isEmpty() && !works) {
            addComponentAtIndex(2, new Span(getTranslation("calendar.none-published")));
        }
        shown.ifPresent(saved -> {
                    saved.pins().forEach(p -> pins.put(p.exercise(), p));
                    working = scenario();
                    plan = solver.evaluate(new CalendarSolveRequest(working, rosterStandards, saved.exercises(), schedule));
                    explain();
                });
    }

    private List<Integer> years() {
        LocalDate start = base.horizon().start();
        LocalDate end = start.plusMonths((long) base.horizon().periods() * base.horizon().periodMonths()).minusDays(1);
        List<Integer> years = new ArrayList<>();
        for (int y = start.getYear(); y <= end.getYear(); y++) {
            years.add(y);
        }
        return years;
    }

    // ------------------------------------------------------------------ solving

    private void startSolving() {
        working = scenario();
        analyse();
        try {
            showSolve(solver.start(request()));
        } catch (SolveRefusedException busy) {
            Notification.show(busy.why().text());
        } catch (IllegalArgumentException e) {
            Notification.show(getTranslation("calendar.cannot-solve", e.getMessage()));
        }
    }

    private boolean solving() {
        return solver.solves().newest().filter(SolveJob::active).isPresent();
    }

    private void stopSolving() {
        solver.stop();
    }

    /** Shows a solve's calendar so far (or its result) and its state. */
    private void showSolve(SolveJob<CalendarPlan> job) {
        job.best().ifPresent(best -> plan = best);
        if (job.active()) {
            toolbar.solving(ScoreWords.solveStatus(job, solver.solves().queuePosition(job)));
        } else {
            toolbar.solved();
            explain();
            if (plan != null && !plan.feasible()) {
                analyse();
                if (causes.isVisible()) {
                    Notification.show(getTranslation("calendar.solve-infeasible"));
                }
            }
        }
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        // a solve belongs to the data set: it goes on when this page closes, and whoever opens the calendar sees it
        solver.solves().newest().filter(SolveJob::active).ifPresent(this::showSolve);
        stopWatching = solver.solves().watch(job -> {
            long now = System.nanoTime();
            if (!job.active() || now - lastRefresh >= REFRESH_NANOS) {
                lastRefresh = now;
                push(ui, () -> showSolve(job));
            }
        });
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopWatching.run();
        super.onDetach(detachEvent);
    }

    /** Runs a change in the UI from a solver thread; a closed browser tab just drops it. */
    private static void push(UI ui, Command change) {
        try {
            ui.access(change);
        } catch (UIDetachedException closed) {
            // nobody to show it to
        }
    }

    private void save() {
        if (plan == null) {
            Notification.show(getTranslation("calendar.nothing-to-save"));
            return;
        }
        String broken = plan.feasible() ? null : infeasibility();
        if (broken == null) {
            saveNow();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("calendar.infeasible.title"), broken,
                getTranslation("calendar.infeasible.save"),
                event -> saveNow());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("calendar.keep-working"));
        confirm.open();
    }

    /** What this calendar breaks, in words, before a planner saves it. */
    String infeasibility() {
        String warning = BrokenHardRules.warning("calendar", solver.explain(request()).stream()
                .filter(ConstraintExplanation::hard)
                .map(line -> new BrokenHardRules.Rule(line.constraint(), line.matches(),
                        line.justifications().isEmpty() ? null : line.justifications().getFirst()))
                .toList());
        return warning != null ? warning : getTranslation("calendar.incomplete", plan.score());
    }

    private void saveNow() {
        Set<String> pinnedStarts = pins.values().stream().filter(p -> p.start() != null)
                .map(Scenario.PinnedExercise::exercise).collect(Collectors.toSet());
        Set<String> pinnedAreas = pins.values().stream().filter(p -> p.trainingArea() != null)
                .map(Scenario.PinnedExercise::exercise).collect(Collectors.toSet());
        boolean nothingNewer = plans.basis().equals(basis);
        savedId = plans.saveDraft(DraftNames.of(base.name(), clock), plan, pinnedStarts, pinnedAreas);
        if (nothingNewer) {
            basis = new CalendarVersionService.Basis(savedId);
        }
        toolbar.publish.setEnabled(true);
        Notification.show(getTranslation(plan.feasible() ? "calendar.draft-saved" : "calendar.draft-saved.infeasible"));
    }

    private void publish() {
        toolbar.publish.setEnabled(false);
        plans.publish(savedId, basis).ifPresentOrElse(reason -> Notification.show(getTranslation(
                        reason.contains("infeasible") ? "calendar.not-published.infeasible" : "calendar.not-published",
                        reason)),
                () -> Notification.show(getTranslation("calendar.published")));
    }

    private void explain() {
        if (plan == null) {
            explanation.clear();
            hardBreaks = 0;
            return;
        }
        List<ConstraintExplanation> lines = solver.explain(request());
        hardBreaks = lines.stream().filter(ConstraintExplanation::hard).mapToInt(ConstraintExplanation::matches).sum();
        explanation.show(lines);
    }

    // ------------------------------------------------------------------ drawing

    void refresh() {
        toolbar.showScore(plan, solving(), hardBreaks);
        toolbar.showDownload(nation, events());
        LocalDate from;
        LocalDate to;
        if (year != null) {
            from = LocalDate.of(year, 1, 1);
            to = LocalDate.of(year, 12, 31);
        } else {
            from = base.horizon().start().withDayOfMonth(1);
            to = base.horizon().start().plusMonths((long) base.horizon().periods() * base.horizon().periodMonths())
                    .minusDays(1);
        }
        timeline.show(working, plan, nation, from, to, selected, id -> {
            selected = id;
            refresh();
        });
        thinYears.show(years(), working, plan, this::addExercise);
        warnings.show(plan);
        details.show(working, plan, selected, pins, this::applyHandEdit);
    }

    void addExercise(int y) {
        Set<String> ids = working.exercises().stream().map(Scenario.Exercise::id).collect(Collectors.toSet());
        int n = 1;
        while (ids.contains("CFX-" + y + "-" + n) || exercises.findExercise("CFX-" + y + "-" + n).isPresent()) {
            n++;
        }
        int companies = base.companies().size();
        Scenario.Exercise added = new Scenario.Exercise("CFX-" + y + "-" + n, "Combined Field Exercise " + y + "/" + n,
                "COUNTER_INSURGENCY", LocalDate.of(y, 4, 1), LocalDate.of(y, 10, 31), 14, Math.min(3, companies),
                Math.max(1, Math.min(5, companies)), List.of());
        // Kept in the database like any exercise, so it is there for the next solve and for other users.
        exercises.save(new Exercise(added.id(), added.name(), added.scenario(), added.earliestStart(),
                added.latestEnd(), added.durationDays(), added.minCompanies(), added.maxCompanies(), Set.of()));
        addedExercises.add(added);
        working = scenario();
        analyse();
        Notification.show(getTranslation("calendar.exercise-added", added.id()));
        refresh();
    }

    void applyHandEdit(PlannedExercise row, LocalDate start, String area, boolean pinDates, boolean pinArea) {
        LocalDate newStart = start == null ? row.start() : start;
        String newArea = area == null ? row.trainingArea() : area;
        if (pinDates || pinArea) {
            pins.put(row.exercise(), new Scenario.PinnedExercise(row.exercise(), pinDates ? newStart : null,
                    pinArea ? newArea : null));
        } else {
            pins.remove(row.exercise());
        }
        working = scenario();
        List<PlannedExercise> rows = plan.exercises().stream()
                .map(r -> r.exercise().equals(row.exercise())
                        ? new PlannedExercise(r.exercise(), newStart, null, newArea, r.companies()) : r)
                .toList();
        plan = solver.evaluate(new CalendarSolveRequest(working, rosterStandards, rows, schedule));
        explain();
        refresh();
    }

    private void applyConferenceSchedule(ConferenceSchedule changed) {
        schedule = changed;
        if (plan != null) {
            plan = solver.evaluate(request());
        }
        refresh();
    }

    // for tests
    CalendarPlan plan() {
        return plan;
    }

    void select(String exercise) {
        selected = exercise;
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.calendar");
    }
}
