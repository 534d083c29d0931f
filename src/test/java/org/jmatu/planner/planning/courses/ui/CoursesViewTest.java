package org.jmatu.planner.planning.courses.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jmatu.planner.planning.ScenarioSource;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.solver.ScenarioFixture;
import org.jmatu.planner.planning.rotation.ui.RosterCells;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.staffing.CourseService;
import org.jmatu.planner.staffing.LanguageCourse;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The courses view on a small unit: J2 needs English 3, no Kazakh officer has it, and the 2 → 3 course ending in
 * May 2028 qualifies KAZ-1 for J2 from 2028-H2; the saved roster sends KAZ-1 on it and gives them J2 from then on.
 */
class CoursesViewTest extends KaribuTest {

    private static final String COURSE = "ENG-CV-A";
    private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);
    private static final LocalDate FAR_OFF = LocalDate.of(2040, 1, 1);

    static Scenario unit() {
        return ScenarioFixture.withMemberNations()
                .name("Courses")
                .horizon(LocalDate.of(2028, 1, 1), 6, 4, 14)
                .post("J2", "J2 Intelligence", "OF-3", "OF-4", List.of(), 3, "FIXED", List.of("KAZ"), null, null)
                .post("J4", "J4 Logistics", "OF-3", "OF-4", List.of(), 2, "ANY", List.of("KAZ", "USA"), null, null)
                .person("KAZ-1", "KAZ", "OF-3", List.of(), 2, LONG_AGO, FAR_OFF)
                .person("KAZ-2", "KAZ", "OF-3", List.of(), 2, LONG_AGO, FAR_OFF)
                .person("USA-1", "USA", "OF-3", List.of(), 2, LONG_AGO, FAR_OFF)
                .build()
                .withLanguageCourses(List.of(new Scenario.LanguageCourse(COURSE, "English 2 to 3",
                        LocalDate.of(2028, 1, 10), LocalDate.of(2028, 5, 31), 2, 2, 3, null)));
    }

    @TestConfiguration
    static class Unit {
        @Bean
        @Primary
        ScenarioSource courseUnit() {
            return () -> Optional.of(unit());
        }
    }

    @Autowired
    CourseService courses;

    @Autowired
    RosterVersionService rosters;

    @BeforeEach
    void courseAndRoster() {
        if (courses.find(COURSE).isEmpty()) {
            courses.save(new LanguageCourse(COURSE, "English 2 to 3", LocalDate.of(2028, 1, 10),
                    LocalDate.of(2028, 5, 31), 2, 2, 3, Set.of()));
            rosters.saveDraft("Courses", new RotationPlan(RotationPlan.FORMAT, "Courses", null,
                    List.of(new PlanRow("J2", 0, null), new PlanRow("J2", 1, "KAZ-1"), new PlanRow("J2", 2, "KAZ-1"),
                            new PlanRow("J2", 3, "KAZ-1"), new PlanRow("J4", 0, "USA-1"), new PlanRow("J4", 1, "USA-1"),
                            new PlanRow("J4", 2, "USA-1"), new PlanRow("J4", 3, "USA-1")),
                    List.of(), List.of(new RotationPlan.SeatRow(COURSE, "KAZ-1"))), List.of(), null);
        }
    }

    @Test
    void aCourseNeedsOrderedDatesAndLevelsAndIsThenListed() {
        CoursesView view = open(CoursesView.class);
        click("New course");
        _setValue(view.code, "ENG-CV-NEW");
        _setValue(view.name, "English 3 to 4");
        _setValue(view.start, LocalDate.of(2028, 9, 1));
        _setValue(view.end, LocalDate.of(2028, 8, 1));
        _setValue(view.seats, 6);
        _setValue(view.fromLevel, 3);
        _setValue(view.toLevel, 3);
        click("Save");
        assertThat(formStatus()).contains("the start must not be after the end")
                .contains("the level reached must be above the level required");

        _setValue(view.end, LocalDate.of(2028, 12, 15));
        _setValue(view.toLevel, 4);
        click("Save");
        assertThat(GridKt._findAll(view.grid)).extracting(LanguageCourse::getCode).contains("ENG-CV-NEW", COURSE);
        assertThat(courses.find("ENG-CV-NEW")).get().extracting(LanguageCourse::getToLevel).isEqualTo(4);
    }

    @Test
    void aPlannerSeesTheAttendeesAndPinsOrForbidsAPlace() {
        CoursesView view = open(CoursesView.class);
        view.tabs.setSelectedIndex(1);
        _setValue(view.attendees.course, view.attendees.course.getListDataView().getItems()
                .filter(course -> course.getCode().equals(COURSE)).findFirst().orElseThrow());
        assertThat(view.attendees.version.getText()).startsWith("Attendees as roster v");
        assertThat(GridKt._findAll(view.attendees.grid)).singleElement().satisfies(row -> {
            assertThat(row.person().id()).isEqualTo("KAZ-1");
            assertThat(row.planned()).isTrue();
            assertThat(row.decision()).isEmpty();
        });
        assertThat(GridKt._getFormattedRow(view.attendees.grid, 0)).contains("attends", "–");
        assertThat(GridKt._findAll(view.grid)).filteredOn(course -> course.getCode().equals(COURSE)).hasSize(1);

        _setValue(view.attendees.officer, view.attendees.officer.getListDataView().getItems()
                .filter(person -> person.id().equals("KAZ-2")).findFirst().orElseThrow());
        _click(view.attendees.pin);
        assertThat(courses.find(COURSE).orElseThrow().decisionOn("KAZ-2")).contains(true);
        assertThat(GridKt._findAll(view.attendees.grid)).extracting(row -> row.person().id() + " " + row.decision())
                .containsExactlyInAnyOrder("KAZ-1 Optional.empty", "KAZ-2 Optional[true]");

        view.attendees.decide(GridKt._findAll(view.attendees.grid).stream()
                .filter(row -> row.person().id().equals("KAZ-1")).findFirst().orElseThrow().person(), false);
        assertThat(courses.find(COURSE).orElseThrow().decisionOn("KAZ-1")).contains(false);
        assertThat(notificationTexts()).anyMatch(text -> text.contains("KAZ-1") && text.contains("not to be sent"));

        LanguageCourse stale = courses.find(COURSE).orElseThrow();
        courses.decide(courses.find(COURSE).orElseThrow(), "USA-1", true);
        _setValue(view.attendees.course, stale);
        view.attendees.decide(GridKt._findAll(view.attendees.grid).getFirst().person(), null);
        assertThat(notificationTexts()).anyMatch(text -> text.contains("changed by someone else"));
        assertThat(courses.find(COURSE).orElseThrow().decisionOn("USA-1")).contains(true);
    }

    @Test
    void theLevelsAndTheEffectFollowTheCourse() {
        CoursesView view = open(CoursesView.class);
        var kaz1 = GridKt._findAll(view.levels.grid).stream().filter(levels -> levels.person().id().equals("KAZ-1"))
                .findFirst().orElseThrow();
        assertThat(kaz1.english()).containsExactly(2, 3, 3, 3); // the course ends before 2028-H2's hand-over day
        assertThat(((Span) GridKt._getCellComponent(view.levels.grid, 0, "p1")).getText()).isEqualTo("↑3");
        assertThat(GridKt._findAll(view.levels.grid).getFirst().person().nation()).isEqualTo("KAZ");

        assertThat(view.effect.fillable.getText()).isEqualTo(
                "1 posts become fillable by KAZ officers only thanks to the courses: J2");
        assertThat(view.effect.share.getText()).isEqualTo("KAZ holds 0 % (0 slots) on the English its officers"
                + " have without a course, 75 % (3 slots) with the courses, of 4 slots.");
    }

    @Test
    void aLiaisonOfficerSeesOnlyTheirNationsOfficersAndChangesNothing() {
        signIn(SignedInAs.liaison("USA"));
        CoursesView view = open(CoursesView.class);
        assertThat(GridKt._findAll(view.levels.grid)).extracting(levels -> levels.person().id())
                .containsExactly("USA-1");
        assertThat(GridKt._findAll(view.attendees.grid)).isEmpty();
        assertThat(view.attendees.pin.isVisible() && view.attendees.pin.getParent().orElseThrow().isVisible())
                .isFalse();
        assertThat(view.editor.isOpened()).isFalse();
    }

    @Test
    void theRosterShowsWhoIsAwayOnACourse() {
        List<Div> postCells = RosterCells.openedPostRoster("J2", 0);
        assertThat(postCells).singleElement().satisfies(cell -> {
            assertThat(cell.getClassNames()).contains("on-course");
            assertThat(cell.getElement().getAttribute("title")).contains("KAZ-1", COURSE);
        });
        assertThat(RosterCells.peopleRosterRow("KAZ-1")).containsExactly("On course " + COURSE, "J2", "J2", "J2");
    }
}
