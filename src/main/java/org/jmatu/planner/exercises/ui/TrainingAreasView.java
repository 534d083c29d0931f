package org.jmatu.planner.exercises.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.jmatu.planner.exercises.ExercisesService;
import org.jmatu.planner.exercises.TrainingArea;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.ui.CrudToolbar;
import org.jmatu.planner.ui.EditorDialog;
import org.jmatu.planner.ui.NationBadge;
import org.jmatu.planner.ui.Pickers;

/** The training areas that can host an exercise, and the months they are closed. */
@RolesAllowed({"PLANNER", "COMMANDER"})
@Route("training-areas")
@PageTitle("Training areas")
@Menu(title = "Training areas", order = 70, icon = "vaadin:map-marker")
public class TrainingAreasView extends VerticalLayout {

    private final ExercisesService exercises;
    private final NationService nations;
    final Grid<TrainingArea> grid = new Grid<>();
    final EditorDialog<TrainingArea> editor;

    final TextField code = new TextField("Code");
    final TextField name = new TextField("Name");
    final ComboBox<Nation> nation = Pickers.nation("Nation");
    final IntegerField capacity = new IntegerField("Capacity (companies)");
    final MultiSelectComboBox<Integer> closedMonths = Pickers.months("Closed in");
    final NumberField lat = new NumberField("Latitude");
    final NumberField lon = new NumberField("Longitude");

    TrainingAreasView(ExercisesService exercises, NationService nations) {
        this.exercises = exercises;
        this.nations = nations;
        setSizeFull();

        editor = new EditorDialog<>("training area", TrainingArea.class, exercises::save, exercises::delete,
                this::refresh);
        code.setHelperText("e.g. ILI");
        closedMonths.setHelperText("e.g. winter on the steppe, closed mountain passes");
        editor.form().add(code, name, nation, capacity, closedMonths, lat, lon);
        var binder = editor.binder();
        binder.forField(code).bind("code");
        binder.forField(name).bind("name");
        binder.forField(nation).bind("nation");
        binder.forField(capacity).asRequired("enter a number").bind("capacity");
        binder.forField(closedMonths).bind("closedMonths");
        binder.forField(lat).asRequired("enter a latitude").bind("lat");
        binder.forField(lon).asRequired("enter a longitude").bind("lon");

        grid.addColumn(TrainingArea::getCode).setHeader("Code").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TrainingArea::getName).setHeader("Name").setSortable(true);
        grid.addComponentColumn(area -> new NationBadge(area.getNation())).setHeader("Nation").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(TrainingArea::getCapacity).setHeader("Capacity").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(area -> area.getClosedMonths().isEmpty() ? "open all year"
                : area.getClosedMonths().stream().sorted().map(Pickers::monthName).collect(Collectors.joining(", ")))
                .setHeader("Closed");
        grid.addColumn(area -> String.format("%.3f, %.3f", area.getLat(), area.getLon())).setHeader("Location")
                .setAutoWidth(true);
        grid.addItemClickListener(event -> openEditor(event.getItem()));
        grid.setSizeFull();
        CrudToolbar toolbar = new CrudToolbar("New training area", () -> openEditor(TrainingArea.blank()));
        toolbar.allowEditing(CurrentUser.hasRole(Role.PLANNER), editor);
        add(toolbar, grid);
        refresh();
    }

    private void openEditor(TrainingArea area) {
        nation.setItems(nations.findAll());
        editor.edit(area);
    }

    private void refresh() {
        grid.setItems(exercises.findAllTrainingAreas());
    }
}
