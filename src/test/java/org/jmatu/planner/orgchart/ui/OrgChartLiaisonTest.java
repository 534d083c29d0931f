package org.jmatu.planner.orgchart.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jmatu.planner.orgchart.OrgChart;
import org.jmatu.planner.orgchart.PostDetails;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A liaison officer opens the org chart and sees other nations' holders by nation and rank only: no name or
 * code in the components, in the data the browser draws (and exports) the SVG from, in the post details or the
 * hand-overs. A context of its own, so its roster does not move the other org chart test's.
 */
@SpringBootTest(properties = "planner.test.context=org-chart-liaison")
class OrgChartLiaisonTest extends KaribuTest {

    @Autowired RosterVersionService rosters;
    @Autowired StaffingService staffing;

    @Test
    void aLiaisonOfficerSeesOtherNationsHoldersByNationAndRankAndTheirOwnByName() {
        List<Person> commanders = staffing.findAllPeople().stream()
                .filter(person -> person.getNation().getCode().equals("KAZ"))
                .filter(person -> person.getRank().within(Rank.OF_5, Rank.OF_6))
                .sorted(Comparator.comparing(Person::getCode)).limit(2).toList();
        Person first = commanders.get(0);
        Nation own = data.nation();
        Person ours = data.person(own);
        // published: the chart shows the current roster, never a draft
        rosters.publish(rosters.saveDraft("Liaison test roster", new RotationPlan(RotationPlan.FORMAT,
                "Battalion 2027-2029", null, List.of(new PlanRow("CDR", 0, first.getCode()),
                        new PlanRow("CDR", 1, commanders.get(1).getCode()), new PlanRow("DCDR", 0, ours.getCode())),
                List.of()), List.of(), "liaison test").id());

        signIn(SignedInAs.liaison(own.getCode()));
        OrgChartView view = open(OrgChartView.class);
        _get(view, DatePicker.class).setValue(LocalDate.of(2027, 6, 20)); // the CDR hands over on 1 July
        OrgChartDiagram diagram = _get(view, OrgChartDiagram.class);
        OrgChart.Holder commander = holder(diagram.chart(), "CDR");
        assertThat(commander.label()).isEqualTo("KAZ · " + first.getRank().code());
        assertThat(commander.name()).isNull();
        assertThat(commander.code()).isNull();
        assertThat(holder(diagram.chart(), "DCDR").name()).isEqualTo(ours.getName());
        assertThat(diagram.chart().handovers()).singleElement()
                .satisfies(handover -> assertThat(handover.from()).isEqualTo("KAZ · " + first.getRank().code()));

        String drawnFrom = diagram.getElement().getPropertyRaw("chart").toString();
        assertThat(drawnFrom).contains("KAZ · " + first.getRank().code(), ours.getName(), ours.getCode());
        ComponentUtil.fireEvent(diagram, new OrgChartDiagram.PostClickEvent(diagram, true, "CDR"));
        @SuppressWarnings("unchecked")
        Grid<PostDetails.Tour> rotation = _get(_get(Dialog.class), Grid.class);
        assertThat(GridKt._findAll(rotation).getFirst()).isEqualTo(new PostDetails.Tour("2027-H1",
                first.getRank().code(), "KAZ"));
        String shown = PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
        for (Person foreign : commanders) {
            assertThat(drawnFrom).doesNotContain(foreign.getName(), foreign.getCode());
            assertThat(shown).doesNotContain(foreign.getName(), foreign.getCode());
        }

        signIn(SignedInAs.planner());
        OrgChartView planners = open(OrgChartView.class);
        _get(planners, DatePicker.class).setValue(LocalDate.of(2027, 6, 20));
        assertThat(holder(_get(planners, OrgChartDiagram.class).chart(), "CDR").name()).isEqualTo(first.getName());
    }

    private static OrgChart.Holder holder(OrgChart chart, String post) {
        return chart.sections().stream().flatMap(section -> section.posts().stream())
                .filter(holding -> holding.code().equals(post)).findFirst().orElseThrow().holder();
    }
}
