package org.jmatu.planner.staffing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.UnorderedList;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15, defect 5: "Overwrite with mine" undid the other person's changes to fields the second person never
 * touched, and the dialog did not say who had changed what.
 */
class ConflictMergeTest extends KaribuTest {

    @Autowired
    StaffingService staffing;

    @Test
    void overwritingWithMineKeepsTheirChangesToTheFieldsILeftAloneAndSaysWhoChangedWhat() {
        Person person = data.person(data.nation());
        PersonnelView view = open(PersonnelView.class);
        _setValue(view.textFilter, person.getCode());
        GridKt._clickItem(view.grid, 0);

        // meanwhile someone else renames the person
        Person theirs = staffing.findPerson(person.getCode()).orElseThrow();
        theirs.setName("Their new name");
        staffing.save(theirs);

        // this user changes the rank only, and saves the stale copy
        _setValue(view.rank, Rank.OF_4);
        click("Save");
        Dialog conflict = _get(Dialog.class, spec -> spec.withPredicate(
                dialog -> dialog.getHeaderTitle().contains("changed by someone else")));
        assertThat(_get(conflict, UnorderedList.class, spec -> spec.withClasses("conflict-history")).getElement()
                .getTextRecursively()).contains("planner, ").contains("Their new name");

        click("Overwrite with mine");

        Person stored = staffing.findPerson(person.getCode()).orElseThrow();
        assertThat(stored.getRank()).isEqualTo(Rank.OF_4);
        assertThat(stored.getName()).isEqualTo("Their new name");
    }
}
