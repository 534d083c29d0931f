package org.jmatu.planner.staffing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Html;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A name that is markup stays text: the grid shows the very characters typed, and nothing renders it as HTML. */
class NomineeNameIsTextTest extends KaribuTest {

    static final String SCRIPTED = "<img src=x onerror=alert(1)>";

    @Autowired
    StaffingService staffing;

    @Test
    void aNomineeNamedWithMarkupShowsAsTextInThePersonnelGrid() {
        Nation nation = data.nation();
        Person person = data.person(nation);
        person.setName(SCRIPTED);
        staffing.save(person);

        PersonnelView view = open(PersonnelView.class);
        _setValue(view.textFilter, person.getCode());
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        // the name column is a text column: its cell is the raw string, which the browser sets as text
        assertThat(GridKt._getFormattedRow(view.grid, 0).get(1)).isEqualTo(SCRIPTED);
        assertThat(_find(Html.class)).isEmpty();
    }
}
