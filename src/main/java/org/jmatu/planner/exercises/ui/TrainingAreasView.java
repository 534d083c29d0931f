package org.jmatu.planner.exercises.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(title = "Training areas", order = 70, icon = "vaadin:map-marker")
public class TrainingAreasView extends VerticalLayout implements HasDynamicTitle {

    private final ExercisesService exercises;
    private final NationService nations;
    final Grid<TrainingArea> grid = new Grid<>();
    final EditorDialog<TrainingArea> editor;

    final TextField code = new TextField(getTranslation("common.code"));
    final TextField name = new TextField(getTranslation("common.name"));
    final ComboBox<Nation> nation = Pickers.nation(getTranslation("common.nation"));
    final IntegerField capacity = new IntegerField(getTranslation("areas.capacity"));
    final MultiSelectComboBox<Integer> closedMonths = Pickers.months(getTranslation("areas.closed-in"));
    final NumberField lat = new NumberField(getTranslation("areas.lat"));
    final NumberField lon = new NumberField(getTranslation("areas.lon"));

    TrainingAreasView(ExercisesService exercises, NationService nations) {
        this.exercises = exercises;
        this.nations = nations;
        setSizeFull();

        editor = new EditorDialog<>(getTranslation("areas.noun"), TrainingArea.class, exercises::save, exercises::delete,
                this::refresh);
        code.setHelperText(getTranslation("form.example", "ILI"));
        closedMonths.setHelperText(getTranslation("areas.closed-in.help"));
        editor.form().add(code, name, nation, capacity, closedMonths, lat, lon);
        var binder = editor.binder();
        binder.forField(code).bind("code");
        binder.forField(name).bind("name");
        binder.forField(nation).bind("nation");
        binder.forField(capacity).asRequired(getTranslation("form.required.number")).bind("capacity");
        binder.forField(closedMonths).bind("closedMonths");
        binder.forField(lat).asRequired(getTranslation("companies.home-lat.required")).bind("lat");
        binder.forField(lon).asRequired(getTranslation("companies.home-lon.required")).bind("lon");

        grid.addColumn(TrainingArea::getCode).setHeader(getTranslation("common.code")).setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TrainingArea::getName).setHeader(getTranslation("common.name")).setSortable(true);
        grid.addComponentColumn(area -> new NationBadge(area.getNation())).setHeader(getTranslation("common.nation")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(TrainingArea::getCapacity).setHeader(getTranslation("areas.column.capacity")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(area -> area.getClosedMonths().isEmpty() ? getTranslation("areas.open")
                : area.getClosedMonths().stream().sorted().map(Pickers::monthName).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("areas.closed"));
        grid.addColumn(area -> String.format("%.3f, %.3f", area.getLat(), area.getLon())).setHeader(getTranslation("areas.location"))
                .setAutoWidth(true);
        grid.addItemClickListener(event -> openEditor(event.getItem()));
        grid.setSizeFull();
        CrudToolbar toolbar = new CrudToolbar(getTranslation("areas.new"), () -> openEditor(TrainingArea.blank()));
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

    @Override
    public String getPageTitle() {
        return getTranslation("menu.training-areas");
    }
}
