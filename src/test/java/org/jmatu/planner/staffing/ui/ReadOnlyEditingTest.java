package org.jmatu.planner.staffing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, defect 6: the commander was offered "New person" and editable forms, and refused only on Save.
 * Readers now get the list and read-only forms; those who may edit keep both.
 */
class ReadOnlyEditingTest extends KaribuTest {

    @Test
    void theCommanderGetsNoNewButtonAndAReadOnlyFormWithoutSaveOrDelete() {
        Person person = data.person(data.nation());
        signIn(SignedInAs.commander());
        PersonnelView view = openOn(person);

        assertThat(_find(Button.class, spec -> spec.withText("New person"))).isEmpty();
        assertThat(view.name.isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withText("Save"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Delete"))).isEmpty();
        _get(Button.class, spec -> spec.withText("Close"));
    }

    @Test
    void thePlannerAndTheLiaisonOfficerKeepEditingTheirNominees() {
        Person person = data.person(data.nation());
        PersonnelView view = openOn(person);
        _get(Button.class, spec -> spec.withText("New person"));
        assertThat(view.name.isReadOnly()).isFalse();
        _get(Button.class, spec -> spec.withText("Save"));

        signIn(SignedInAs.liaison(person.getNation().getCode()));
        view = openOn(person);
        _get(Button.class, spec -> spec.withText("New person"));
        assertThat(view.name.isReadOnly()).isFalse();
    }

    private static PersonnelView openOn(Person person) {
        PersonnelView view = open(PersonnelView.class);
        _setValue(view.textFilter, person.getCode());
        GridKt._clickItem(view.grid, 0);
        return view;
    }
}
