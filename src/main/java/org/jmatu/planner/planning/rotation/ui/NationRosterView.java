package org.jmatu.planner.planning.rotation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.CurrentPlanService;
import org.jmatu.planner.planning.rotation.versions.RosterVersion;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.shared.Period;
import org.jmatu.planner.ui.Formats;
import org.jmatu.planner.staffing.CourseService;
import org.jmatu.planner.staffing.LanguageCourse;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.PersonFilter;
import org.jmatu.planner.staffing.StaffingService;
import org.springframework.data.domain.Pageable;

/**
 * A liaison officer's view of the rotation: the rows of the published (or approved) roster that their own
 * nation's people hold, and no one else's, and which of them it sends on an English course. The people come from StaffingService, which already narrows a
 * liaison officer to their nation, so another nation's nominee cannot appear here even by mistake.
 */
@RolesAllowed("LIAISON")
@Route("my-nation-roster")
@Menu(title = "My nation's roster", order = 1.5, icon = "vaadin:calendar-user")
public class NationRosterView extends VerticalLayout implements HasDynamicTitle {

    record Row(String period, String post, String code, String name, String rank) {
    }

    /** One of the nation's people on an English course, with the course's dates: away from their post then. */
    record CourseRow(String course, String courseName, LocalDate start, LocalDate end, String code, String name) {
    }

    final Grid<Row> grid = new Grid<>();
    final Grid<CourseRow> courses = new Grid<>();

    NationRosterView(CurrentPlanService plans, StaffingService staffing, NationService nations,
                     CourseService courseService) {
        setSizeFull();
        Map<String, Person> ours = staffing.findPeople(PersonFilter.none(), Pageable.unpaged()).stream()
                .collect(Collectors.toMap(Person::getCode, Function.identity()));
        List<Period> periods = nations.horizon().map(horizon -> horizon.allPeriods()).orElse(List.of());
        RosterVersion roster = plans.currentRoster().orElse(null);
        List<Row> rows = roster == null ? List.of() : roster.rows().stream()
                .filter(row -> row.person() != null && ours.containsKey(row.person()))
                .sorted(Comparator.comparingInt(PlanRow::period).thenComparing(PlanRow::post))
                .map(row -> {
                    Person person = ours.get(row.person());
                    String period = row.period() < periods.size() ? periods.get(row.period()).label()
                            : String.valueOf(row.period());
                    return new Row(period, row.post(), person.getCode(), person.shownName(), person.getRank().toString());
                }).toList();
        grid.addColumn(Row::period).setHeader(getTranslation("roster.period")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::post).setHeader(getTranslation("roster.post")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::code).setHeader(getTranslation("common.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::name).setHeader(getTranslation("common.name"));
        grid.addColumn(Row::rank).setHeader(getTranslation("common.rank")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rows);
        grid.setSizeFull();
        String source = roster == null ? getTranslation("roster.nation.none")
                : CurrentUser.liaisonNation()
                        .map(nation -> getTranslation("roster.nation.source.nation", roster.label(), nation))
                        .orElseGet(() -> getTranslation("roster.nation.source", roster.label()));
        add(new Paragraph(source), grid);
        List<CourseRow> attending = roster == null ? List.of() : attending(roster, ours, courseService);
        if (!attending.isEmpty()) {
            courses.addColumn(CourseRow::course).setHeader(getTranslation("course.noun.capital")).setAutoWidth(true)
                    .setFlexGrow(0);
            courses.addColumn(CourseRow::courseName).setHeader(getTranslation("common.name"));
            courses.addColumn(row -> Formats.date(row.start())).setHeader(getTranslation("course.start"))
                    .setAutoWidth(true).setFlexGrow(0);
            courses.addColumn(row -> Formats.date(row.end())).setHeader(getTranslation("course.end"))
                    .setAutoWidth(true).setFlexGrow(0);
            courses.addColumn(CourseRow::code).setHeader(getTranslation("common.code")).setAutoWidth(true)
                    .setFlexGrow(0);
            courses.addColumn(CourseRow::name).setHeader(getTranslation("course.officer"));
            courses.setItems(attending);
            courses.setAllRowsVisible(true);
            add(new H3(getTranslation("roster.nation.courses")), courses);
        }
    }

    /** The roster's course seats that the nation's people take, earliest course first. */
    private static List<CourseRow> attending(RosterVersion roster, Map<String, Person> ours, CourseService courses) {
        Map<String, LanguageCourse> offered = courses.findAll().stream()
                .collect(Collectors.toMap(LanguageCourse::getCode, Function.identity()));
        return roster.courseSeats().stream()
                .filter(seat -> ours.containsKey(seat.person()) && offered.containsKey(seat.course()))
                .map(seat -> {
                    LanguageCourse course = offered.get(seat.course());
                    Person person = ours.get(seat.person());
                    return new CourseRow(course.getCode(), course.getName(), course.getStartDate(),
                            course.getEndDate(), person.getCode(), person.shownName());
                })
                .sorted(Comparator.comparing(CourseRow::start).thenComparing(CourseRow::course)
                        .thenComparing(CourseRow::code))
                .toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.my-nation-roster");
    }
}
