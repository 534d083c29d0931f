package org.jmatu.planner.burden.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.jmatu.planner.burden.BurdenSharingService;
import org.jmatu.planner.burden.BurdenYear;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.versions.RosterVersion;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.ui.BarChart;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The commander reads a year's burden from the published roster; the planner's agreed shares are refused unless they
 * make 100 %. A context of its own, so that its published roster moves no other test's.
 */
@SpringBootTest(properties = "planner.test.context=burden-view")
class BurdenSharingViewTest extends KaribuTest {

    @Autowired RosterVersionService rosters;
    @Autowired StaffingService staffing;
    @Autowired BurdenSharingService burden;

    @Test
    void thePublishedRosterCountsAsStaffPersonPeriodsOfTheHoldersNations() {
        Person commander = staffing.findAllPeople().stream()
                .filter(person -> person.getNation().getCode().equals("KAZ"))
                .filter(person -> person.getRank().within(Rank.OF_5, Rank.OF_6))
                .min(Comparator.comparing(Person::getCode)).orElseThrow();
        RosterVersion draft = rosters.saveDraft("Burden test roster", new RotationPlan(RotationPlan.FORMAT,
                "Battalion 2027-2029", null, List.of(new PlanRow("CDR", 0, commander.getCode()),
                        new PlanRow("CDR", 1, commander.getCode())), List.of()), List.of(), "burden test");
        rosters.publish(draft.id());
        signIn(SignedInAs.commander());

        BurdenSharingView view = open(BurdenSharingView.class);

        assertThat(view.year.getValue()).isEqualTo(2027);
        BurdenYear.NationBurden kaz = burden.year(2027).orElseThrow().nations().stream()
                .filter(row -> row.nation().equals("KAZ")).findFirst().orElseThrow();
        assertThat(kaz.personPeriods()).isEqualTo(2);
        assertThat(kaz.staff()).isEqualTo(2 * 90_000.0);
        assertThat(kaz.agreedShare()).isEqualTo(0.40);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(view.table)).isEqualTo(7);
        assertThat(view.contributions.getChildren().findFirst().orElseThrow().getChildren()
                .filter(column -> column.hasClassName(BarChart.COLUMN))).hasSize(7);
        assertThat(view.note.getText()).contains("EUR");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(view, com.vaadin.flow.component.button.Button.class))
                .as("the commander reads the agreed shares but does not keep them")
                .noneMatch(button -> button.hasClassName("save-shares"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(com.github.mvysny.kaributesting.v10.LocatorJ
                ._find(view, com.vaadin.flow.component.grid.Grid.class).stream()
                .filter(grid -> grid.hasClassName("burden-garrisons")).findFirst().orElseThrow())).isEqualTo(4);
    }
}
