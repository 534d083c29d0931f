package org.jmatu.planner.planning.rotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jmatu.planner.planning.rotation.domain.Gap;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.staffing.CourseService;
import org.jmatu.planner.staffing.LanguageCourse;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.ui.KaribuTest;
import org.jmatu.planner.ui.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NationRosterViewTest extends KaribuTest {

    @Autowired
    RosterVersionService plans;
    @Autowired
    CourseService courses;

    private Nation own;
    private Person ours;
    private Person theirs;

    @BeforeEach
    void ourPersonAndAnotherNationsPerson() {
        own = data.nation();
        ours = data.person(own);
        theirs = data.person(data.nation());
    }

    @Test
    void aLiaisonOfficerSeesOnlyTheRosterRowsOfTheirOwnNationsPeople() {
        NationRosterView view = publishedAndOpened(List.of(new PlanRow("CDR", 0, ours.getCode()),
                new PlanRow("DCDR", 0, theirs.getCode()), new PlanRow("XO", 1, ours.getCode()),
                new PlanRow("J4", 1, null)), List.of());
        assertThat(GridKt._findAll(view.grid)).extracting(NationRosterView.Row::post).containsExactly("CDR", "XO");
        assertThat(GridKt._findAll(view.grid)).extracting(NationRosterView.Row::code).containsOnly(ours.getCode());
        assertThat(view.courses.isAttached()).as("the roster sends nobody on a course").isFalse();
    }

    @Test
    void aLiaisonOfficerSeesWhichOfTheirPeopleTheRosterSendsOnAnEnglishCourse() {
        LanguageCourse course = courses.save(new LanguageCourse(TestData.code("ENG"), "English 2 to 3",
                LocalDate.of(2028, 1, 10), LocalDate.of(2028, 5, 31), 2, 2, 3, Set.of()));
        NationRosterView view = publishedAndOpened(List.of(new PlanRow("CDR", 0, ours.getCode())),
                List.of(new RotationPlan.SeatRow(course.getCode(), ours.getCode()),
                        new RotationPlan.SeatRow(course.getCode(), theirs.getCode())));
        assertThat(GridKt._findAll(view.courses)).containsExactly(new NationRosterView.CourseRow(course.getCode(),
                course.getName(), course.getStartDate(), course.getEndDate(), ours.getCode(), ours.shownName()));
    }

    /** Publishes a roster of {@code rows} and {@code seats}, then opens the view as the own nation's liaison officer. */
    private NationRosterView publishedAndOpened(List<PlanRow> rows, List<RotationPlan.SeatRow> seats) {
        RotationPlan plan = new RotationPlan(RotationPlan.FORMAT, "Battalion", "0hard/0medium/0soft", rows,
                List.<Gap>of(), seats);
        plans.publish(plans.saveDraft("Battalion", plan, List.of(), null).id());
        signIn(SignedInAs.liaison(own.getCode()));
        return open(NationRosterView.class);
    }
}
