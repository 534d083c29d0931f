package org.jmatu.planner.orgchart.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jmatu.planner.orgchart.OrgChart;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.versions.RosterVersion;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A context of its own: the saved roster here must not leak into other view tests. */
@SpringBootTest(properties = "planner.test.context=org-chart")
class OrgChartViewTest extends KaribuTest {

    @Autowired
    RosterVersionService rosters;

    @Autowired
    StaffingService staffing;

    @Test
    void changingTheDateShowsTheHolderOfThatPeriodFromThePublishedRosterNeverADraft() {
        List<Person> commanders = staffing.findAllPeople().stream()
                .filter(person -> person.getNation().getCode().equals("KAZ"))
                .filter(person -> person.getRank().within(Rank.OF_5, Rank.OF_6))
                .sorted(Comparator.comparing(Person::getCode)).limit(2).toList();
        RosterVersion draft = rosters.saveDraft("Test roster", new RotationPlan(RotationPlan.FORMAT,
                "Battalion 2027-2029", null, List.of(new PlanRow("CDR", 0, commanders.get(0).getCode()),
                        new PlanRow("CDR", 1, commanders.get(1).getCode())), List.of()), List.of(), "view test");
        // a draft is never the current roster: the chart says nothing is published and shows every post vacant
        OrgChartView before = open(OrgChartView.class);
        assertThat(_get(before, OrgChartDiagram.class).chart().rosterStatus()).isNotIn("DRAFT", "PUBLISHED");
        rosters.publish(draft.id());

        OrgChartView view = open(OrgChartView.class);
        DatePicker date = _get(view, DatePicker.class);
        date.setValue(LocalDate.of(2027, 3, 1));
        OrgChartDiagram diagram = _get(view, OrgChartDiagram.class);
        // the words drawn inside the SVG come from the bundles; the script only fills in the numbers
        assertThat(diagram.getElement().getPropertyRaw("texts").toString()).contains("VACANT ({0})", "{0} all ranks");
        assertThat(diagram.chart().rosterStatus()).isEqualTo("PUBLISHED");
        assertThat(commander(diagram.chart()).holder().code()).isEqualTo(commanders.get(0).getCode());

        date.setValue(LocalDate.of(2027, 9, 1));
        assertThat(commander(diagram.chart()).holder().code()).isEqualTo(commanders.get(1).getCode());
        assertThat(_get(view, Span.class, spec -> spec.withText("2027-H2 · published roster v1 (published) · 41 vacant posts")))
                .isNotNull();

        // the side panel: the nation mix as bars, companies one a line with their equipment in words, never cut
        List<Div> mix = _find(view, Div.class, spec -> spec.withClasses("nation-mix-row"));
        assertThat(mix).singleElement().extracting(row -> row.getElement().getTextRecursively()).asString()
                .startsWith("KAZ").endsWith("1");
        assertThat(_get(mix.getFirst(), Div.class, spec -> spec.withClasses("nation-mix-bar")).getStyle().get("width"))
                .isEqualTo("100.0%");
        List<Div> companies = _find(view, Div.class, spec -> spec.withClasses("company-line"));
        assertThat(companies).hasSize(diagram.chart().companies().size()).allSatisfy(line ->
                assertThat(line.getElement().getTextRecursively()).contains(" all ranks"));
        String side = _get(view, Div.class, spec -> spec.withClasses("side-list")).getParent().orElseThrow()
                .getElement().getTextRecursively();
        assertThat(side).contains("Soviet/Russian pattern").doesNotContain("SOVIET", "CHINESE");

        ComponentUtil.fireEvent(diagram,
                new OrgChartDiagram.PostClickEvent(diagram, true, "CDR"));
        Dialog details = _get(Dialog.class);
        assertThat(details.getHeaderTitle()).isEqualTo("CDR · Commander");
    }

    private static OrgChart.PostHolding commander(OrgChart chart) {
        return chart.sections().getFirst().posts().stream().filter(post -> post.code().equals("CDR")).findFirst().orElseThrow();
    }
}
