package org.jmatu.planner.planning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jmatu.planner.audit.ui.AuditView;
import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.jmatu.planner.planning.calendar.ui.CalendarView;
import org.jmatu.planner.planning.calendar.versions.CalendarVersionService;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.ui.RosterView;
import org.jmatu.planner.planning.rotation.versions.RosterVersion;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A context of its own: the versions saved here must not show up in other tests' version lists. */
@SpringBootTest(properties = "planner.test.context=version-comparison")
class VersionComparisonViewTest extends KaribuTest {

    private static final LocalDate APRIL = LocalDate.of(2027, 4, 5);

    @Autowired RosterVersionService rosters;
    @Autowired CalendarVersionService calendars;
    @Autowired StaffingService staffing;

    @Test
    void theRosterViewOpensTwoVersionsSideBySideWithTheChangedSlotsHighlighted() {
        List<Person> commanders = staffing.findAllPeople().stream()
                .filter(person -> person.getNation().getCode().equals("KAZ"))
                .filter(person -> person.getRank().within(Rank.OF_5, Rank.OF_6))
                .sorted(Comparator.comparing(Person::getCode)).limit(2).toList();
        String first = commanders.get(0).getCode();
        String second = commanders.get(1).getCode();
        RosterVersion a = roster("-900soft", new PlanRow("CDR", 0, first), new PlanRow("CDR", 1, null),
                new PlanRow("DCDR", 0, second));
        RosterVersion b = roster("-700soft", new PlanRow("CDR", 0, second), new PlanRow("CDR", 1, first),
                new PlanRow("DCDR", 0, second));

        signIn(SignedInAs.commander());
        open(RosterView.class);
        click("Compare versions");
        VersionComparisonView view = _get(VersionComparisonView.class);
        assertThat(view.rosterA.getValue().id()).isEqualTo(a.id());
        assertThat(view.rosterB.getValue().id()).isEqualTo(b.id());
        assertThat(view.summary.getText()).isEqualTo("2 slots changed · 0 unfilled slots added · "
                + "1 unfilled slot removed · score A 0hard/0medium/-900soft, B 0hard/0medium/-700soft");
        assertThat(GridKt._findAll(view.rosterGrid)).extracting(RosterDifferences.PostLine::post).containsExactly("CDR");
        Span changed = (Span) GridKt._getCellComponent(view.rosterGrid, 0, "period-0");
        assertThat(changed.getText()).isEqualTo(first + " " + commanders.get(0).getName() + " → " + second + " "
                + commanders.get(1).getName());
        assertThat(changed.getClassNames()).contains("version-changed");
        assertThat(((Span) GridKt._getCellComponent(view.rosterGrid, 0, "period-1")).getText())
                .isEqualTo("unfilled → " + first + " " + commanders.get(0).getName());

        assertThat(view.seatChanges.isVisible()).as("neither version sends anybody on a course").isFalse();

        view.onlyChanges.setValue(false);
        assertThat(GridKt._findAll(view.rosterGrid)).extracting(RosterDifferences.PostLine::post)
                .containsExactly("CDR", "DCDR");
        Span unchanged = (Span) GridKt._getCellComponent(view.rosterGrid, 1, "period-0");
        assertThat(unchanged.getClassNames()).doesNotContain("version-changed");
    }

    @Test
    void theRosterComparisonListsWhoAttendsAnEnglishCourseInOnlyOneVersion() {
        Person learner = staffing.findAllPeople().stream().filter(person -> person.getNation().getCode().equals("KAZ"))
                .min(Comparator.comparing(Person::getCode)).orElseThrow();
        RosterVersion a = roster("-900soft", List.of(), new PlanRow("CDR", 0, null));
        RosterVersion b = roster("-800soft", List.of(new RotationPlan.SeatRow("ENG-A", learner.getCode())),
                new PlanRow("CDR", 0, null));

        signIn(SignedInAs.planner());
        VersionComparisonView view = open(VersionComparisonView.class);
        view.rosterA.setValue(rosters.find(a.id()).orElseThrow());
        view.rosterB.setValue(rosters.find(b.id()).orElseThrow());

        assertThat(view.seatChanges.isVisible()).isTrue();
        assertThat(view.seatChanges.getChildren().map(item -> ((ListItem) item).getText()))
                .containsExactly(learner.getCode() + " " + learner.getName() + " attends ENG-A in B, not in A");
        view.rosterA.setValue(rosters.find(b.id()).orElseThrow());
        assertThat(view.seatChanges.isVisible()).isFalse();
    }

    @Test
    void theCalendarViewOpensTheComparisonOfTwoCalendarsPerExercise() {
        long a = calendars.saveDraft("Spring", calendar("0hard/-120soft",
                new PlannedExercise("CFX-2027-1", APRIL, APRIL.plusDays(13), "ILI", List.of("KGZ-1", "UZB-1")),
                new PlannedExercise("CFX-2027-2", APRIL, APRIL.plusDays(9), "FORISH", List.of("KAZ-1"))), Set.of(), Set.of());
        long b = calendars.saveDraft("Summer", calendar("0hard/-90soft",
                new PlannedExercise("CFX-2027-1", APRIL.plusDays(7), APRIL.plusDays(20), "ILI", List.of("KGZ-1", "UZB-1")),
                new PlannedExercise("CFX-2027-2", APRIL, APRIL.plusDays(9), "FORISH", List.of("KAZ-1"))), Set.of(), Set.of());

        open(CalendarView.class);
        click("Compare versions");
        VersionComparisonView view = _get(VersionComparisonView.class);
        assertThat(view.plan.getValue()).isEqualTo(VersionComparisonView.CALENDAR);
        view.calendarA.setValue(calendars.load(a).orElseThrow());
        view.calendarB.setValue(calendars.load(b).orElseThrow());
        assertThat(view.summary.getText()).isEqualTo("1 exercise changed · score A 0hard/-120soft, B 0hard/-90soft");
        assertThat(GridKt._getFormattedRow(view.calendarGrid, 0)).first().isEqualTo("CFX-2027-1");
        Span datesInB = (Span) GridKt._getCellComponent(view.calendarGrid, 0, "dates-b");
        assertThat(datesInB.getText()).isEqualTo("2027-04-12 to 2027-04-25");
        assertThat(datesInB.getClassNames()).contains("version-changed");
        assertThat(((Span) GridKt._getCellComponent(view.calendarGrid, 0, "area-b")).getClassNames())
                .doesNotContain("version-changed");
    }

    @Test
    void theAuditTrailLeadsToTheComparison() {
        signIn(SignedInAs.commander());
        open(AuditView.class);
        click("Compare plan versions");
        assertThat(_get(VersionComparisonView.class).plan.getValue()).isEqualTo(VersionComparisonView.ROSTER);
    }

    private RosterVersion roster(String soft, PlanRow... rows) {
        return roster(soft, List.of(), rows);
    }

    private RosterVersion roster(String soft, List<RotationPlan.SeatRow> seats, PlanRow... rows) {
        return rosters.saveDraft("Compared", new RotationPlan(RotationPlan.FORMAT, "Battalion 2027-2029",
                "0hard/0medium/" + soft, List.of(rows), List.of(), seats), List.of(), "comparison test");
    }

    private static CalendarPlan calendar(String score, PlannedExercise... rows) {
        return new CalendarPlan("Battalion 2027-2029", score, true, List.of(rows), List.of(), List.of(), List.of());
    }
}
