package org.jmatu.planner.staffing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.jmatu.planner.shared.Language;
import org.jmatu.planner.staffing.Skill;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.ui.KaribuTest;
import org.jmatu.planner.ui.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SkillsViewTest extends KaribuTest {

    @Autowired
    StaffingService staffing;

    @Test
    void aBadCodeIsRefusedAtTheFieldAndAGoodSkillIsListed() {
        SkillsView view = open(SkillsView.class);
        click("New skill");
        _setValue(view.code, "logistics");
        HasValidationUtilsKt._expectInvalid(view.code, "must be upper case letters, digits and _ such as LOGISTICS");

        String code = TestData.code("SK").replace('-', '_');
        _setValue(view.code, code);
        _setValue(view.name, "Counter-IED");
        click("Save");

        assertThat(GridKt._findAll(view.grid)).extracting(Skill::getCode).contains(code);
    }

    @Test
    void aSkillThatPeopleHoldCannotBeDeleted() {
        Skill skill = data.skill();
        var person = data.person(data.nation());
        person.setSkills(Set.of(skill));
        staffing.save(person);
        SkillsView view = open(SkillsView.class);
        GridKt._clickItem(view.grid, GridKt._findAll(view.grid).indexOf(skill));
        click("Delete");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text)
                .contains(skill.getCode() + " cannot be deleted").contains("it is held by 1 people"));
        assertThat(staffing.findSkill(skill.getCode())).isPresent();
    }

    /** The refusal names what refers to the record in the user's language. */
    @Test
    void aRussianReaderIsToldInRussianWhyTheSkillStays() {
        Skill skill = data.skill();
        var person = data.person(data.nation());
        person.setSkills(Set.of(skill));
        staffing.save(person);
        VaadinSession.getCurrent().setLocale(Language.RU.locale());
        SkillsView view = open(SkillsView.class);
        GridKt._clickItem(view.grid, GridKt._findAll(view.grid).indexOf(skill));
        click("Удалить");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text)
                .contains(skill.getCode() + " нельзя удалить: ею обладают военнослужащие: 1").doesNotContain("held"));
    }

    @Test
    void anUnreferencedSkillIsDeleted() {
        Skill skill = data.skill();
        SkillsView view = open(SkillsView.class);
        GridKt._clickItem(view.grid, GridKt._findAll(view.grid).indexOf(skill));
        click("Delete");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(staffing.findSkill(skill.getCode())).isEmpty();
        assertThat(GridKt._findAll(view.grid)).doesNotContain(skill);
    }

    @Test
    void aStaleSaveShowsBothVersionsAndOverwritesOnlyWhenAsked() {
        Skill skill = data.skill();
        SkillsView view = saveOverAnotherUsersEdit(skill);

        assertThat(staffing.findSkill(skill.getCode()).orElseThrow().getName()).isEqualTo("Their name");
        Grid<?> comparison = _get(_get(Dialog.class, spec -> spec.withPredicate(
                dialog -> dialog.getHeaderTitle().contains("changed by someone else"))), Grid.class);
        // field, mine, stored now, what "Overwrite with mine" saves
        assertThat(rows(comparison)).contains(List.of("Name", "My name", "Their name", "My name"),
                List.of("Code", skill.getCode(), skill.getCode(), skill.getCode()));

        click("Overwrite with mine");

        assertThat(staffing.findSkill(skill.getCode()).orElseThrow().getName()).isEqualTo("My name");
        assertThat(GridKt._findAll(view.grid)).filteredOn(listed -> listed.equals(skill))
                .extracting(Skill::getName).containsExactly("My name");
    }

    @Test
    void keepingTheirsReloadsTheStoredVersionIntoTheForm() {
        Skill skill = data.skill();
        SkillsView view = saveOverAnotherUsersEdit(skill);
        click("Keep theirs (reload)");

        assertThat(view.name.getValue()).isEqualTo("Their name");
        _setValue(view.name, "Agreed name");
        click("Save");
        assertThat(staffing.findSkill(skill.getCode()).orElseThrow().getName()).isEqualTo("Agreed name");
    }

    @Test
    void aSaveOfARecordDeletedMeanwhileSaysSo() {
        Skill skill = data.skill();
        SkillsView view = open(SkillsView.class);
        GridKt._clickItem(view.grid, GridKt._findAll(view.grid).indexOf(skill));
        staffing.delete(staffing.findSkill(skill.getCode()).orElseThrow());

        _setValue(view.name, "My name");
        click("Save");

        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text)
                .contains("changed by someone else").contains("It has since been deleted."));
        assertThat(GridKt._findAll(view.grid)).doesNotContain(skill);
    }

    @Test
    void aDuplicateCodeIsRefusedWithAMessage() {
        Skill skill = data.skill();
        SkillsView view = open(SkillsView.class);
        click("New skill");
        _setValue(view.code, skill.getCode());
        _setValue(view.name, "Duplicate");
        click("Save");

        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).contains("already uses this code"));
        assertThat(staffing.findSkill(skill.getCode()).orElseThrow().getName()).isEqualTo("Test skill");
    }

    private static List<List<String>> rows(Grid<?> grid) {
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(index -> GridKt._getFormattedRow(grid, index)).toList();
    }

    /** Opens the skill, lets another user rename it meanwhile, then saves the stale copy as "My name". */
    private SkillsView saveOverAnotherUsersEdit(Skill skill) {
        SkillsView view = open(SkillsView.class);
        GridKt._clickItem(view.grid, GridKt._findAll(view.grid).indexOf(skill));
        Skill theirs = staffing.findSkill(skill.getCode()).orElseThrow();
        theirs.setName("Their name");
        staffing.save(theirs);
        _setValue(view.name, "My name");
        click("Save");
        return view;
    }
}
