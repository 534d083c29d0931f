package org.jmatu.planner.growth.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.jmatu.planner.growth.PhaseChoices;
import org.jmatu.planner.growth.PhaseSet;
import org.jmatu.planner.ui.Pickers;

/**
 * One growth phase in a dialog: its name, the period it begins in, and the sections, posts and companies it brings
 * in. Saving hands the edited phase on (null for a delete); the view checks and stores the whole set.
 */
class PhaseEditor extends Dialog {

    final TextField name = new TextField(getTranslation("growth.phase.name"));
    final Select<Integer> firstPeriod = new Select<>();
    final MultiSelectComboBox<String> sections;
    final MultiSelectComboBox<PhaseSet.Member> posts;
    final MultiSelectComboBox<PhaseSet.Member> companies;
    final Button save = new Button(getTranslation("editor.save"));
    final Button delete = new Button(getTranslation("editor.delete"));

    PhaseEditor(PhaseChoices choices, PhaseSet.Phase phase, boolean editable, Consumer<PhaseSet.Phase> onSave) {
        setHeaderTitle(phase == null ? getTranslation("growth.phase.new") : phase.name());
        firstPeriod.setLabel(getTranslation("growth.phase.first-period"));
        firstPeriod.setItems(IntStream.range(0, choices.periods().size()).boxed().toList());
        firstPeriod.setItemLabelGenerator(index -> choices.periods().get(index));
        // a section the phase lists though no post carries it any more stays visible, so the planner can take it out
        TreeSet<String> sectionChoices = new TreeSet<>(choices.sections());
        if (phase != null) {
            sectionChoices.addAll(phase.sections());
        }
        sections = Pickers.codes(getTranslation("growth.phase.sections"), sectionChoices, code -> code);
        posts = members(getTranslation("growth.phase.posts"), choices.posts());
        companies = members(getTranslation("growth.phase.companies"), choices.companies());
        name.setRequired(true);
        name.setMaxLength(60);
        if (phase != null) {
            name.setValue(phase.name());
            firstPeriod.setValue(phase.firstPeriod());
            sections.setValue(new TreeSet<>(phase.sections()));
            posts.setValue(new LinkedHashSet<>(phase.posts()));
            companies.setValue(new LinkedHashSet<>(phase.companies()));
        } else {
            firstPeriod.setValue(0);
        }
        FormLayout form = new FormLayout(name, firstPeriod, sections, posts, companies);
        form.setColspan(sections, 2);
        form.setColspan(posts, 2);
        form.setColspan(companies, 2);
        add(form);
        setWidth("44rem");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> onSave.accept(new PhaseSet.Phase(phase == null ? null : phase.id(),
                name.getValue().trim(), firstPeriod.getValue(), List.copyOf(sections.getValue()),
                List.copyOf(posts.getValue()), List.copyOf(companies.getValue()))));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(event -> onSave.accept(null));
        delete.setVisible(phase != null);
        Button close = new Button(getTranslation("editor.close"), event -> close());
        name.setReadOnly(!editable);
        firstPeriod.setReadOnly(!editable);
        sections.setReadOnly(!editable);
        posts.setReadOnly(!editable);
        companies.setReadOnly(!editable);
        save.setVisible(editable);
        delete.setVisible(editable && phase != null);
        getFooter().add(delete, close, save);
    }

    /** Posts or companies by reference, shown by their codes as they are now. */
    private static MultiSelectComboBox<PhaseSet.Member> members(String label, List<PhaseSet.Member> choices) {
        MultiSelectComboBox<PhaseSet.Member> picker = new MultiSelectComboBox<>(label);
        picker.setItems(choices);
        picker.setItemLabelGenerator(PhaseSet.Member::code);
        return picker;
    }
}
