package org.jmatu.planner.exercises.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
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
import org.jmatu.planner.ui.NationBadge;
import org.jmatu.planner.ui.Pickers;

/** Days the named nations cannot host or send troops: other exercises (STEPPE EAGLE, CSTO, SCO), holidays. */
@RolesAllowed({"PLANNER", "COMMANDER"})
@Route("blackouts")
@PageTitle("Blackouts")
@Menu(title = "Blackouts", order = 90, icon = "vaadin:ban")
public class BlackoutsView extends VerticalLayout {

    private final ExercisesService exercises;
    private final NationService nations;
    final Grid<Blackout> grid = new Grid<>();
    final EditorDialog<Blackout> editor;

    final TextField name = new TextField("Name");
    final DatePicker from = Pickers.date("From");
    final DatePicker to = Pickers.date("To");
    final MultiSelectComboBox<Nation> concerned = Pickers.nations("Nations concerned");

    BlackoutsView(ExercisesService exercises, NationService nations) {
        this.exercises = exercises;
        this.nations = nations;
        setSizeFull();

        editor = new EditorDialog<>("blackout", Blackout.class, exercises::save, exercises::delete, this::refresh);
        name.setHelperText("e.g. STEPPE EAGLE 2027, Nauryz");
        editor.form().add(name, concerned, from, to);
        var binder = editor.binder();
        binder.forField(name).bind("name");
        binder.forField(from).bind("from");
        binder.forField(to).bind("to");
        binder.forField(concerned).bind("nations");

        grid.addColumn(Blackout::getName).setHeader("Name").setSortable(true);
        grid.addColumn(Blackout::getFrom).setHeader("From").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Blackout::getTo).setHeader("To").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(blackout -> NationBadge.all(blackout.getNations())).setHeader("Nations");
        grid.addItemClickListener(event -> openEditor(event.getItem()));
        grid.setSizeFull();
        CrudToolbar toolbar = new CrudToolbar("New blackout", () -> openEditor(Blackout.blank()));
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
}
