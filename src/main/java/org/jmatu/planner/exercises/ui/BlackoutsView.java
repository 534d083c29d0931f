package org.jmatu.planner.exercises.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jmatu.planner.exercises.Blackout;
import org.jmatu.planner.exercises.ExercisesService;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.ui.CrudToolbar;
import org.jmatu.planner.ui.EditorDialog;
import org.jmatu.planner.ui.Formats;
import org.jmatu.planner.ui.NationBadge;
import org.jmatu.planner.ui.Pickers;

/** Days the named nations cannot host or send troops: other exercises (STEPPE EAGLE, CSTO, SCO), holidays. */
@RolesAllowed({"PLANNER", "COMMANDER"})
@Route("blackouts")
@Menu(title = "Blackouts", order = 90, icon = "vaadin:ban")
public class BlackoutsView extends VerticalLayout implements HasDynamicTitle {

    private final ExercisesService exercises;
    private final NationService nations;
    final Grid<Blackout> grid = new Grid<>();
    final EditorDialog<Blackout> editor;

    final TextField name = new TextField(getTranslation("common.name"));
    final DatePicker from = Pickers.date(getTranslation("forces.from"));
    final DatePicker to = Pickers.date(getTranslation("forces.to"));
    final MultiSelectComboBox<Nation> concerned = Pickers.nations(getTranslation("blackouts.nations"));

    BlackoutsView(ExercisesService exercises, NationService nations) {
        this.exercises = exercises;
        this.nations = nations;
        setSizeFull();

        editor = new EditorDialog<>(getTranslation("blackouts.noun"), Blackout.class, exercises::save, exercises::delete, this::refresh);
        name.setHelperText(getTranslation("blackouts.name.help"));
        editor.form().add(name, concerned, from, to);
        var binder = editor.binder();
        binder.forField(name).bind("name");
        binder.forField(from).bind("from");
        binder.forField(to).bind("to");
        binder.forField(concerned).bind("nations");

        grid.addColumn(Blackout::getName).setHeader(getTranslation("common.name")).setSortable(true);
        grid.addColumn(blackout -> Formats.date(blackout.getFrom())).setHeader(getTranslation("forces.from")).setComparator(Blackout::getFrom).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(blackout -> Formats.date(blackout.getTo())).setHeader(getTranslation("forces.to")).setComparator(Blackout::getTo).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(blackout -> NationBadge.all(blackout.getNations())).setHeader(getTranslation("blackouts.column.nations"));
        grid.addItemClickListener(event -> openEditor(event.getItem()));
        grid.setSizeFull();
        CrudToolbar toolbar = new CrudToolbar(getTranslation("blackouts.new"), () -> openEditor(Blackout.blank()));
        toolbar.allowEditing(CurrentUser.hasRole(Role.PLANNER), editor);
        add(toolbar, grid);
        refresh();
    }

    private void openEditor(Blackout blackout) {
        concerned.setItems(nations.findAll());
        editor.edit(blackout);
    }

    private void refresh() {
        grid.setItems(exercises.findAllBlackouts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.blackouts");
    }
}
