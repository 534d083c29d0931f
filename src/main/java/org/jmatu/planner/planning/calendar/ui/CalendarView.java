package org.jmatu.planner.planning.calendar.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jmatu.planner.planning.calendar.CalendarIcsExporter;
import org.jmatu.planner.planning.calendar.CalendarPlan;
import org.jmatu.planner.planning.calendar.CalendarPlanService;
import org.jmatu.planner.planning.calendar.CalendarScenarioSource;
import org.jmatu.planner.planning.calendar.CalendarSolverService;
import org.jmatu.planner.planning.calendar.RosterMaintainers;
import org.jmatu.planner.exercises.Exercise;
import org.jmatu.planner.exercises.ExercisesService;
import org.jmatu.planner.planning.calendar.ConferenceSchedule;
import org.jmatu.planner.planning.calendar.ConstraintExplanation;
import org.jmatu.planner.planning.calendar.GreatCircle;
import org.jmatu.planner.planning.calendar.PlannedExercise;
import org.jmatu.planner.planning.ui.VersionComparisonView;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;

/**
 * The exercise calendar: a timeline of the planned exercises (bars coloured by host nation, blackouts
 * shaded, planning conferences as milestones), a nation filter, solve/stop with a live score, an
 * explanation of the score, hand edits and pins, thin years with an "Add exercise" button, saving and
 * publishing, and the iCalendar download.
 */
@RolesAllowed({"PLANNER", "COMMANDER", "LIAISON"})
@Route("calendar")
@PageTitle("Exercise calendar")
@Menu(title = "Exercise calendar", order = 2, icon = "vaadin:calendar")
public class CalendarView extends VerticalLayout {

    private final CalendarSolverService solver;
    private final ExercisesService exercises;
    /** Maintainers' standards per period from the HQ roster; empty when there is no roster yet. */
    private final Map<Integer, Set<String>> rosterStandards;
    private final CalendarPlanService plans;
    private final Scenario base;

    private final List<Scenario.Exercise> addedExercises = new ArrayList<>();
    private final Map<String, Scenario.PinnedExercise> pins = new LinkedHashMap<>();
    private volatile CalendarPlan plan;
    private volatile String nation;
    private volatile Scenario working;
    private Integer year;
    private String selected;
    private ConferenceSchedule schedule;
    private UUID job;
    private Long savedId;
    /** The newest saved calendar when this one was begun, so that publishing it never replaces newer work. */
    private CalendarPlanService.Basis basis;

    final Select<String> nationFilter = new Select<>();
    final Select<Integer> yearFilter = new Select<>();
    final Button solve = new Button("Solve");
    final Button stop = new Button("Stop");
    final Span score = new Span();
    final Button saveDraft = new Button("Save draft");
    final Button publish = new Button("Publish");
    final Button compare = new Button("Compare versions", event -> UI.getCurrent()
            .navigate(VersionComparisonView.class, QueryParameters.of("plan", "calendar")));
    final Anchor ics = new Anchor(DownloadHandler.fromInputStream(event -> {
        CalendarPlan current = plan;
        String forNation = nation;
        byte[] bytes = current == null ? new byte[0]
                : CalendarIcsExporter.export(working, current, forNation).getBytes(StandardCharsets.UTF_8);
        return new DownloadResponse(new ByteArrayInputStream(bytes),
                "jmatu-exercises" + (forNation == null ? "" : "-" + forNation) + ".ics", "text/calendar", bytes.length);
    }), "Download .ics");
    final Div thinYears = new Div();
    final Div warnings = new Div();
    final CalendarTimeline timeline = new CalendarTimeline();
    final VerticalLayout details = new VerticalLayout();
    final VerticalLayout explanation = new VerticalLayout();

    public CalendarView(CalendarSolverService solver, CalendarPlanService plans, CalendarScenarioSource source,
                        ConferenceSchedule conferenceSchedule, RosterMaintainers rosterMaintainers,
                        ExercisesService exercises) {
        this.solver = solver;
        this.plans = plans;
        this.schedule = conferenceSchedule;
        this.exercises = exercises;
        this.base = source.current();
        this.basis = plans.basis();
        this.rosterStandards = rosterMaintainers.standardsByPeriod(base);
        if (base.pinned() != null && base.pinned().exercises() != null) {
            base.pinned().exercises().forEach(p -> pins.put(p.exercise(), p));
        }
        working = scenario();
        setSizeFull();

        nationFilter.setLabel("Nation");
        nationFilter.setEmptySelectionAllowed(true);
        nationFilter.setEmptySelectionCaption("All nations");
        nationFilter.setItems(base.nations().stream().map(Scenario.Nation::code).toList());
        Map<String, String> nationNames = base.nations().stream()
                .collect(Collectors.toMap(Scenario.Nation::code, Scenario.Nation::name));
        nationFilter.setItemLabelGenerator(code -> code == null ? "All nations" : code + " – " + nationNames.get(code));
        nationFilter.addValueChangeListener(e -> {
            nation = e.getValue();
            ics.setText(nation == null ? "Download .ics" : "Download .ics (" + nation + ")");
            refresh();
        });

        yearFilter.setLabel("Year");
        yearFilter.setEmptySelectionAllowed(true);
        yearFilter.setEmptySelectionCaption("All years");
        yearFilter.setItems(years());
        yearFilter.setItemLabelGenerator(y -> y == null ? "All years" : String.valueOf(y));
        yearFilter.addValueChangeListener(e -> {
            year = e.getValue();
            refresh();
        });

        solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        solve.addClickListener(e -> startSolving());
        stop.setEnabled(false);
        stop.addClickListener(e -> stopSolving());
        saveDraft.addClickListener(e -> save());
        publish.setEnabled(false);
        publish.addClickListener(e -> {
            publish.setEnabled(false);
            plans.publish(savedId, basis).ifPresentOrElse(reason -> Notification.show("Not published: " + reason
                            + ". It stays a draft; compare the two (Compare versions) before publishing."),
                    () -> Notification.show("Calendar published"));
        });
        score.addClassName("calendar-score");

        ics.setTarget(AnchorTarget.BLANK);
        ics.getElement().setAttribute("download", true);

        HorizontalLayout toolbar = new HorizontalLayout(nationFilter, yearFilter, solve, stop, score, saveDraft, publish,
                compare, ics);
        // only planners solve and save (the services refuse anyone else); the others read and download
        boolean planner = CurrentUser.hasRole(Role.PLANNER);
        for (Button plannerOnly : new Button[] {solve, stop, saveDraft, publish}) {
            plannerOnly.setVisible(planner);
        }
        compare.setVisible(planner || CurrentUser.hasRole(Role.COMMANDER));
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        details.setPadding(false);
        details.setSpacing(false);
        explanation.setPadding(false);
        explanation.setSpacing(false);
        Details explanationPanel = new Details("Explanation", explanation);
        explanationPanel.setOpened(true);
        HorizontalLayout lower = new HorizontalLayout(details, explanationPanel);
        lower.setWidthFull();
        details.setWidth("55%");
        explanationPanel.setWidth("45%");

        add(new H2("Exercise calendar"), new Span(base.name()), toolbar, conferenceSettings(), thinYears, warnings,
                timeline, legend(), lower);

        loadSavedPlan();
        refresh();
    }

    private Div legend() {
        Div legend = new Div();
        legend.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)")
                .set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        legend.add(new Span("Bars: exercises, coloured by host nation"));
        for (Scenario.Nation n : base.nations()) {
            Span swatch = new Span(n.code());
            swatch.addClassName("nation-badge");
            swatch.getStyle().set("background", "var(--nation-" + n.code() + ")");
            legend.add(swatch);
        }
        legend.add(new Span("◆ planning conferences (initial, main, final)"), new Span("▨ blackouts (hover for the name)"));
        return legend;
    }

    // ------------------------------------------------------------------ state

    private Scenario scenario() {
        List<Scenario.Exercise> exercises = new ArrayList<>(base.exercises());
        exercises.addAll(addedExercises);
        List<Scenario.PinnedSlot> rotation = base.pinned() == null || base.pinned().rotation() == null
                ? List.of() : base.pinned().rotation();
        return new Scenario(base.format(), base.name(), base.horizon(), base.nations(), base.posts(), base.personnel(),
                base.equipmentTypes(), base.companies(), base.trainingAreas(), List.copyOf(exercises), base.blackouts(),
                new Scenario.Pinned(rotation, List.copyOf(pins.values())));
    }

    private CalendarSolverService.Request request() {
        return new CalendarSolverService.Request(working, rosterStandards, plan == null ? List.of() : plan.exercises(), schedule);
    }

    private void loadSavedPlan() {
        plans.latestPublished().filter(p -> p.scenario().equals(base.name()))
                .or(() -> plans.list().stream().filter(p -> p.scenario().equals(base.name())).findFirst())
                .ifPresent(saved -> {
                    saved.pins().forEach(p -> pins.put(p.exercise(), p));
                    working = scenario();
                    plan = solver.evaluate(new CalendarSolverService.Request(working, rosterStandards, saved.exercises(), schedule));
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
        UI ui = UI.getCurrent();
        working = scenario();
        try {
            job = solver.solve(request(),
                    best -> push(ui, () -> {
                        plan = best;
                        refresh();
                    }),
                    last -> push(ui, () -> {
                        plan = last;
                        solve.setEnabled(true);
                        stop.setEnabled(false);
                        job = null;
                        explain();
                        refresh();
                    }));
        } catch (IllegalArgumentException e) {
            Notification.show("The scenario cannot be solved: " + e.getMessage());
            return;
        }
        solve.setEnabled(false);
        stop.setEnabled(true);
        score.setText("Solving…");
    }

    /** Runs a change in the UI from a solver thread; a closed browser tab just drops it. */
    private static void push(UI ui, Command change) {
        try {
            ui.access(change);
        } catch (UIDetachedException closed) {
            // nobody to show it to
        }
    }

    private void stopSolving() {
        if (job != null) {
            solver.stop(job);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopSolving();
        super.onDetach(detachEvent);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    private void save() {
        if (plan == null) {
            Notification.show("Nothing to save yet: solve first");
            return;
        }
        Set<String> pinnedStarts = pins.values().stream().filter(p -> p.start() != null)
                .map(Scenario.PinnedExercise::exercise).collect(Collectors.toSet());
        Set<String> pinnedAreas = pins.values().stream().filter(p -> p.trainingArea() != null)
                .map(Scenario.PinnedExercise::exercise).collect(Collectors.toSet());
        boolean nothingNewer = plans.basis().equals(basis);
        savedId = plans.saveDraft(base.name() + " " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                plan, pinnedStarts, pinnedAreas);
        if (nothingNewer) {
            basis = new CalendarPlanService.Basis(savedId);
        }
        publish.setEnabled(true);
        Notification.show("Draft saved");
    }

    private void explain() {
        explanation.removeAll();
        if (plan == null) {
            return;
        }
        List<ConstraintExplanation> lines = solver.explain(request());
        if (lines.isEmpty()) {
            explanation.add(new Span("No rule is broken and no preference costs anything."));
        }
        for (ConstraintExplanation line : lines) {
            VerticalLayout why = new VerticalLayout();
            why.setPadding(false);
            why.setSpacing(false);
            line.justifications().stream().limit(50).forEach(j -> why.add(new Span(j)));
            if (line.justifications().size() > 50) {
                why.add(new Span("… and " + (line.justifications().size() - 50) + " more"));
            }
            Details constraint = new Details(line.constraint() + " — " + line.matches() + " matches, " + line.impact(), why);
            constraint.addClassName(line.hard() ? "calendar-explanation-hard" : "calendar-explanation-soft");
            if (line.hard()) {
                constraint.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            explanation.add(constraint);
        }
    }

    // ------------------------------------------------------------------ drawing

    void refresh() {
        if (plan != null) {
            score.setText("Score " + plan.score() + (plan.feasible() ? " (feasible)" : " (infeasible)"));
        } else if (job == null) {
            score.setText("No plan yet");
        }
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
        showThinYears();
        warnings.removeAll();
        if (plan != null) {
            plan.warnings().forEach(w -> {
                Span warning = new Span("⚠ " + w);
                warning.getStyle().set("display", "block").set("color", "var(--lumo-warning-text-color, #8a6d00)");
                warnings.add(warning);
            });
        }
        showDetails();
    }

    private void showThinYears() {
        thinYears.removeAll();
        // planned exercises count in the year they start, exercises not planned yet (just added) in their window's
        Map<Integer, Integer> perYear = new TreeMap<>();
        years().forEach(y -> perYear.put(y, 0));
        for (Scenario.Exercise exercise : working.exercises()) {
            PlannedExercise row = plan == null ? null : plan.row(exercise.id());
            int y = row == null ? exercise.earliestStart().getYear() : row.start().getYear();
            perYear.merge(y, 1, Integer::sum);
        }
        perYear.values().removeIf(count -> count >= 2);
        perYear.forEach((y, count) -> {
            Button add = new Button("Add exercise", e -> addExercise(y));
            add.addClassName("calendar-add-exercise");
            Span text = new Span(y + " has " + count + (count == 1 ? " exercise" : " exercises")
                    + ": the unit holds at least two combined field exercises a year.");
            HorizontalLayout flag = new HorizontalLayout(text, add);
            flag.addClassName("calendar-thin-year");
            flag.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            flag.getStyle().set("color", "var(--lumo-error-text-color)");
            thinYears.add(flag);
        });
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
        Notification.show("Added CFX-" + y + "-" + n + " (April to October): press Solve to plan it");
        refresh();
    }

    private void showDetails() {
        details.removeAll();
        PlannedExercise row = plan == null || selected == null ? null : plan.row(selected);
        if (row == null) {
            details.add(new Span("Select an exercise on the timeline to see its details."));
            return;
        }
        Map<String, Scenario.Exercise> exercises = working.exercises().stream()
                .collect(Collectors.toMap(Scenario.Exercise::id, Function.identity()));
        Map<String, Scenario.TrainingArea> areas = working.trainingAreas().stream()
                .collect(Collectors.toMap(Scenario.TrainingArea::id, Function.identity()));
        Map<String, Scenario.EquipmentType> types = working.equipmentTypes().stream()
                .collect(Collectors.toMap(Scenario.EquipmentType::id, Function.identity()));
        Scenario.Exercise exercise = exercises.get(row.exercise());
        Scenario.TrainingArea area = areas.get(row.trainingArea());

        details.add(new H3(row.exercise() + (exercise == null ? "" : " — " + exercise.name())));
        if (exercise != null) {
            details.add(new Span("Scenario " + exercise.scenario() + "; window " + exercise.earliestStart() + " to "
                    + exercise.latestEnd() + ", " + exercise.durationDays() + " days, " + exercise.minCompanies() + "–"
                    + exercise.maxCompanies() + " companies"));
        }
        details.add(new Span("Dates: " + row.start() + " to " + row.end()));
        if (area != null) {
            Anchor map = new Anchor("https://www.openstreetmap.org/?mlat=" + area.location().lat() + "&mlon="
                    + area.location().lon() + "#map=9/" + area.location().lat() + "/" + area.location().lon(),
                    area.location().lat() + ", " + area.location().lon());
            map.setTarget(AnchorTarget.BLANK);
            details.add(new Div(new Span("Area: " + area.name() + " (" + area.id() + ", host " + area.nation()
                    + ", capacity " + area.capacity() + ") at "), map));
        }
        plan.conferences().stream().filter(c -> c.exercise().equals(row.exercise()))
                .forEach(c -> details.add(new Span(c.kind().title() + ": " + c.date())));

        Map<String, Scenario.Company> companies = working.companies().stream()
                .collect(Collectors.toMap(Scenario.Company::id, Function.identity()));
        List<Scenario.Company> participants = row.companies().stream().map(companies::get).filter(Objects::nonNull).toList();
        if (exercise != null) {
            List<String> coverage = new ArrayList<>();
            for (String capability : exercise.requiredCapabilities()) {
                List<String> by = participants.stream().filter(c -> capabilities(c, types).contains(capability))
                        .map(Scenario.Company::id).toList();
                coverage.add((by.isEmpty() ? "✗ " : "✓ ") + capability + (by.isEmpty() ? "" : " (" + String.join(", ", by) + ")"));
            }
            details.add(new Span("Required capabilities: " + (coverage.isEmpty() ? "none" : String.join("; ", coverage))));
        }
        details.add(new H4("Participants"));
        Grid<Scenario.Company> grid = new Grid<>();
        grid.addColumn(Scenario.Company::id).setHeader("Company").setAutoWidth(true);
        grid.addColumn(Scenario.Company::nation).setHeader("Nation").setAutoWidth(true);
        grid.addColumn(c -> c.equipment() == null ? "" : c.equipment().stream()
                .map(h -> (types.containsKey(h.type()) ? types.get(h.type()).name() : h.type()) + " ×" + h.quantity())
                .collect(Collectors.joining(", "))).setHeader("Equipment");
        grid.addColumn(c -> String.join(", ", capabilities(c, types))).setHeader("Capabilities");
        grid.addColumn(c -> area == null ? "" : Math.round(GreatCircle.km(c.homeBase().lat(), c.homeBase().lon(),
                area.location().lat(), area.location().lon())) + " km").setHeader("Travel").setAutoWidth(true);
        grid.setItems(participants);
        grid.setAllRowsVisible(true);
        details.add(grid);
        details.add(handEdit(row, exercise));
    }

    private static Set<String> capabilities(Scenario.Company company, Map<String, Scenario.EquipmentType> types) {
        Set<String> capabilities = new TreeSet<>(company.capabilities() == null ? List.of() : company.capabilities());
        if (company.equipment() != null) {
            company.equipment().stream().map(h -> types.get(h.type())).filter(Objects::nonNull)
                    .forEach(t -> capabilities.addAll(t.capabilities()));
        }
        return capabilities;
    }

    private Details handEdit(PlannedExercise row, Scenario.Exercise exercise) {
        DatePicker start = new DatePicker("Start", row.start());
        if (exercise != null) {
            start.setMin(exercise.earliestStart());
            start.setMax(exercise.latestEnd().minusDays(exercise.durationDays() - 1L));
        }
        Select<String> area = new Select<>();
        area.setLabel("Training area");
        area.setItems(working.trainingAreas().stream().map(Scenario.TrainingArea::id).toList());
        area.setValue(row.trainingArea());
        Scenario.PinnedExercise pin = pins.get(row.exercise());
        Checkbox pinDates = new Checkbox("Pin dates", pin != null && pin.start() != null);
        Checkbox pinArea = new Checkbox("Pin area", pin != null && pin.trainingArea() != null);
        Button apply = new Button("Apply", e -> applyHandEdit(row, start.getValue(), area.getValue(), pinDates.getValue(),
                pinArea.getValue()));
        apply.addClassName("calendar-apply");
        HorizontalLayout form = new HorizontalLayout(start, area, pinDates, pinArea, apply);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        Details edit = new Details("Change or pin by hand", form);
        edit.setOpened(true);
        return edit;
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
        plan = solver.evaluate(new CalendarSolverService.Request(working, rosterStandards, rows, schedule));
        explain();
        refresh();
    }

    private Details conferenceSettings() {
        IntegerField initial = weeks("Initial", schedule.initialWeeks());
        IntegerField main = weeks("Main", schedule.mainWeeks());
        IntegerField last = weeks("Final", schedule.finalWeeks());
        Button apply = new Button("Apply", e -> {
            schedule = new ConferenceSchedule(value(initial), value(main), value(last));
            if (plan != null) {
                plan = solver.evaluate(request());
            }
            refresh();
        });
        HorizontalLayout form = new HorizontalLayout(initial, main, last, apply);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return new Details("Planning conferences (weeks before the start)", form);
    }

    private static IntegerField weeks(String label, int value) {
        IntegerField field = new IntegerField(label);
        field.setMin(0);
        field.setMax(52);
        field.setValue(value);
        field.setStepButtonsVisible(true);
        field.setWidth("8em");
        return field;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : Math.max(0, field.getValue());
    }

    // for tests
    CalendarPlan plan() {
        return plan;
    }

    void select(String exercise) {
        selected = exercise;
        refresh();
    }
}
