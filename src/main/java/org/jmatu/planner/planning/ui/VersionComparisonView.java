package org.jmatu.planner.planning.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jmatu.planner.planning.DraftNames;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.planning.PlanningRoutes;
import org.jmatu.planner.planning.calendar.versions.CalendarComparison;
import org.jmatu.planner.planning.calendar.versions.CalendarVersion;
import org.jmatu.planner.planning.calendar.versions.CalendarVersionService;
import org.jmatu.planner.planning.rotation.versions.RosterComparison;
import org.jmatu.planner.planning.rotation.versions.RosterVersion;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.shared.Period;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.StaffingService;

/**
 * What changed between two versions of the roster or of the exercise calendar: the planner or commander picks
 * version A and B and sees them side by side, changed cells highlighted, with counts and both scores.
 */
@RolesAllowed({"PLANNER", "COMMANDER"})
@Route(PlanningRoutes.COMPARE_VERSIONS)
@Menu(title = "Compare versions", order = 2.5, icon = "vaadin:split-h")
public class VersionComparisonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROSTER = "Roster";
    public static final String CALENDAR = "Exercise calendar";

    final RadioButtonGroup<String> plan = new RadioButtonGroup<>(getTranslation("compare.plan"));
    final ComboBox<RosterVersion> rosterA = new ComboBox<>(getTranslation("compare.version-a"));
    final ComboBox<RosterVersion> rosterB = new ComboBox<>(getTranslation("compare.version-b"));
    final ComboBox<CalendarVersion> calendarA = new ComboBox<>(getTranslation("compare.version-a"));
    final ComboBox<CalendarVersion> calendarB = new ComboBox<>(getTranslation("compare.version-b"));
    final Checkbox onlyChanges = new Checkbox(getTranslation("compare.only-changes"), true);
    final Span summary = new Span();
    final UnorderedList seatChanges = new UnorderedList();
    final RosterDifferences rosterGrid;
    final CalendarDifferences calendarGrid = new CalendarDifferences();
    private final Map<String, String> names;

    public VersionComparisonView(RosterVersionService rosters, CalendarVersionService calendars, StaffingService staffing,
                                 NationService nations) {
        setSizeFull();
        names = staffing.findAllPeople().stream()
                .collect(Collectors.toMap(Person::getCode, person -> person.getCode() + " " + person.shownName()));
        List<String> periods = nations.horizon().map(horizon -> horizon.allPeriods().stream().map(Period::label)
                .toList()).orElse(List.of());
        rosterGrid = new RosterDifferences(periods, code -> names.getOrDefault(code, code));

        choose(rosterA, rosterB, rosters.versions(), RosterVersion::label);
        choose(calendarA, calendarB, calendars.list(), VersionComparisonView::label);
        plan.setItems(ROSTER, CALENDAR);
        plan.setItemLabelGenerator(value -> getTranslation(ROSTER.equals(value) ? "menu.roster" : "menu.calendar"));
        plan.setValue(ROSTER);
        plan.addValueChangeListener(event -> refresh());
        onlyChanges.addValueChangeListener(event -> refresh());

        HorizontalLayout choice = new HorizontalLayout(plan, rosterA, rosterB, calendarA, calendarB, onlyChanges);
        choice.setAlignItems(FlexComponent.Alignment.BASELINE);
        choice.setWrap(true);
        summary.getElement().getThemeList().add("badge");
        seatChanges.addClassName("seat-changes");
        add(choice, summary, seatChanges, rosterGrid, calendarGrid);
        refresh();
    }

    /** The second newest as A and the newest as B, the comparison people want most often. */
    private <T> void choose(ComboBox<T> a, ComboBox<T> b, List<T> newestFirst, Function<T, String> label) {
        for (ComboBox<T> box : List.of(a, b)) {
            box.setItems(newestFirst);
            box.setItemLabelGenerator(label::apply);
            box.setWidth("22rem");
            box.addValueChangeListener(event -> refresh());
        }
        if (newestFirst.size() >= 2) {
            a.setValue(newestFirst.get(1));
            b.setValue(newestFirst.get(0));
        }
    }

    private static String label(CalendarVersion calendar) {
        return calendar.name() + " (" + I18n.t(calendar.published() ? "compare.published" : "compare.draft") + ") "
                + DraftNames.stamp(calendar.createdAt()) + " " + calendar.score();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter("plan").filter("calendar"::equals).ifPresent(value -> plan.setValue(CALENDAR));
    }

    private void refresh() {
        boolean roster = ROSTER.equals(plan.getValue());
        rosterA.setVisible(roster);
        rosterB.setVisible(roster);
        rosterGrid.setVisible(roster);
        calendarA.setVisible(!roster);
        calendarB.setVisible(!roster);
        calendarGrid.setVisible(!roster);
        if (roster && rosterA.getValue() != null && rosterB.getValue() != null) {
            RosterComparison comparison = RosterComparison.of(rosterA.getValue(), rosterB.getValue());
            rosterGrid.show(comparison, onlyChanges.getValue());
            summary.setText(getTranslation("compare.roster.summary", comparison.changes(), comparison.unfilledAdded(),
                    comparison.unfilledRemoved(), score(comparison.a().score()), score(comparison.b().score())));
            showSeatChanges(comparison.seatChanges());
        } else if (!roster && calendarA.getValue() != null && calendarB.getValue() != null) {
            CalendarComparison comparison = CalendarComparison.of(calendarA.getValue(), calendarB.getValue());
            calendarGrid.show(comparison, onlyChanges.getValue());
            showSeatChanges(List.of());
            summary.setText(getTranslation("compare.calendar.summary", comparison.changes(),
                    score(comparison.a().score()), score(comparison.b().score())));
        } else {
            rosterGrid.setItems(List.of());
            calendarGrid.setItems(List.of());
            showSeatChanges(List.of());
            summary.setText(getTranslation("compare.pick"));
        }
    }

    /** Who attends an English course in one version and not in the other, a line each. */
    private void showSeatChanges(List<RosterComparison.SeatChange> changes) {
        seatChanges.removeAll();
        changes.forEach(change -> seatChanges.add(new ListItem(getTranslation(change.inB() ? "compare.seat.only-b"
                : "compare.seat.only-a", names.getOrDefault(change.person(), change.person()), change.course()))));
        seatChanges.setVisible(!changes.isEmpty());
    }

    private String score(String score) {
        return score == null ? getTranslation("compare.not-scored") : score;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.compare-versions");
    }
}
