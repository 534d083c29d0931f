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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NationRosterViewTest extends KaribuTest {

    @Autowired
    RosterVersionService plans;
    @Autowired
    CourseService courses;

    @Test
    void aLiaisonOfficerSeesOnlyTheRosterRowsOfTheirOwnNationsPeople() {
        Nation own = data.nation();
        Nation other = data.nation();
        Person ours = data.person(own);
        Person theirs = data.person(other);
        RotationPlan plan = new RotationPlan(RotationPlan.FORMAT, "Battalion", "0hard/0medium/0soft",
                List.of(new PlanRow("CDR", 0, ours.getCode()), new PlanRow("DCDR", 0, theirs.getCode()),
                        new PlanRow("XO", 1, ours.getCode()), new PlanRow("J4", 1, null)), List.<Gap>of());
        plans.publish(plans.saveDraft("Battalion", plan, List.of(), null).id());

        signIn(SignedInAs.liaison(own.getCode()));
        NationRosterView view = open(NationRosterView.class);
        assertThat(GridKt._findAll(view.grid)).extracting(NationRosterView.Row::post).containsExactly("CDR", "XO");
        assertThat(GridKt._findAll(view.grid)).extracting(NationRosterView.Row::code).containsOnly(ours.getCode());
        assertThat(view.courses.isAttached()).as("the roster sends nobody on a course").isFalse();
    }

    @Test
    void aLiaisonOfficerSeesWhichOfTheirPeopleTheRosterSendsOnAnEnglishCourse() {
        Nation own = data.nation();
        Nation other = data.nation();
        Person ours = data.person(own);
        Person theirs = data.person(other);
        LanguageCourse course = courses.save(new LanguageCourse(TestData.code("ENG"), "English 2 to 3",
                LocalDate.of(2028, 1, 10), LocalDate.of(2028, 5, 31), 2, 2, 3, Set.of()));
        RotationPlan plan = new RotationPlan(RotationPlan.FORMAT, "Battalion", "0hard/0medium/0soft",
                List.of(new PlanRow("CDR", 0, ours.getCode())), List.<Gap>of(),
                List.of(new RotationPlan.SeatRow(course.getCode(), ours.getCode()),
                        new RotationPlan.SeatRow(course.getCode(), theirs.getCode())));
        plans.publish(plans.saveDraft("Battalion", plan, List.of(), null).id());

        signIn(SignedInAs.liaison(own.getCode()));
        NationRosterView view = open(NationRosterView.class);
        assertThat(GridKt._findAll(view.courses)).containsExactly(new NationRosterView.CourseRow(course.getCode(),
                course.getName(), course.getStartDate(), course.getEndDate(), ours.getCode(), ours.shownName()));
    }
}
