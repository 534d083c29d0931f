package org.jmatu.planner.housing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jmatu.planner.orgchart.HousingWarnings;
import org.jmatu.planner.orgchart.ui.OrgChartView;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Family housing for five while six staff overlap at a hand-over: the published roster is over capacity in its first
 * period, and the org chart says so on a day of that period. A context of its own for its roster and garrisons.
 */
@SpringBootTest(properties = "planner.test.context=housing-warnings")
class PublishedHousingWarningsTest extends KaribuTest {

    @Autowired GarrisonStore garrisons;
    @Autowired HousingWarnings warnings;
    @Autowired RosterVersionService rosters;
    @Autowired StaffingService staffing;

    private Growth stored;

    @AfterEach
    void restoreGarrisons() {
        if (stored != null) {
            garrisons.write(stored);
        }
    }

    @Test
    void sixStaffAtOneHandOverOverflowFivePlaces() {
        stored = garrisons.read(Growth.none());
        garrisons.write(Growth.none().withGarrisons(List.of(new Growth.Garrison("FH", "Family quarters",
                "FAMILY_HOUSING", "KAZ", 0, List.of(new Growth.Capacity(0, 5))))));
        List<Person> people = staffing.findAllPeople().stream().sorted(Comparator.comparing(Person::getCode))
                .limit(6).toList();
        List<PlanRow> rows = List.of(new PlanRow("J1-CH", 0, people.get(0).getCode()),
                new PlanRow("J2-CH", 0, people.get(1).getCode()), new PlanRow("J3-CH", 0, people.get(2).getCode()),
                new PlanRow("J1-CH", 1, people.get(3).getCode()), new PlanRow("J2-CH", 1, people.get(4).getCode()),
                new PlanRow("J3-CH", 1, people.get(5).getCode()));
        rosters.publish(rosters.saveDraft("Housing test roster", new RotationPlan(RotationPlan.FORMAT,
                "Battalion 2027-2029", null, rows, List.of()), List.of(), "housing test").id());

        assertThat(warnings.overCapacity()).singleElement().satisfies(warning -> {
            assertThat(warning.kind()).isEqualTo("FAMILY_HOUSING");
            assertThat(warning.demand()).isEqualTo(6);
            assertThat(warning.places()).isEqualTo(5);
            assertThat(warning.from()).isEqualTo(LocalDate.of(2027, 1, 1));
        });

        OrgChartView view = open(OrgChartView.class);
        _get(view, DatePicker.class).setValue(LocalDate.of(2027, 3, 1));
        assertThat(_find(view, UnorderedList.class).stream().filter(list -> list.hasClassName("housing-warnings")))
                .singleElement().satisfies(list -> assertThat(list.getElement().getTextRecursively())
                        .contains("Family housing", "6", "5"));
        _get(view, DatePicker.class).setValue(LocalDate.of(2027, 9, 1));
        assertThat(_find(view, UnorderedList.class).stream().filter(list -> list.hasClassName("housing-warnings")))
                .isEmpty();
    }
}
