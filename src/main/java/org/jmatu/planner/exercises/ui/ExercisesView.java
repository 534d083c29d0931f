package org.jmatu.planner.exercises.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jmatu.planner.exercises.Exercise;
import org.jmatu.planner.exercises.ExerciseScenario;
import org.jmatu.planner.exercises.ExercisesService;
import org.jmatu.planner.forces.Capability;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.ui.CrudToolbar;
import org.jmatu.planner.ui.EditorDialog;
import org.jmatu.planner.ui.Formats;
import org.jmatu.planner.ui.Pickers;

/** The combined field exercises to schedule: each one's window, length, scenario, needs and company numbers. */
@RolesAllowed({"PLANNER", "COMMANDER"})
@Route("exercises")
@PageTitle("Exercises")
@Menu(title = "Exercises", order = 80, icon = "vaadin:crosshairs")
public class ExercisesView extends VerticalLayout {

    private final ExercisesService exercises;
    final Grid<Exercise> grid = new Grid<>();
    final EditorDialog<Exercise> editor;

    final TextField code = new TextField("Code");
    final TextField name = new TextField("Name");
    final ComboBox<String> scenario = new ComboBox<>("Scenario", ExerciseScenario.codes());
    final DatePicker earliestStart = Pickers.date("Earliest start");
    final DatePicker latestEnd = Pickers.date("Latest end");
    final IntegerField durationDays = new IntegerField("Duration (days)");
    final IntegerField minCompanies = new IntegerField("Minimum companies");
    final IntegerField maxCompanies = new IntegerField("Maximum companies");
    final MultiSelectComboBox<String> requiredCapabilities = Pickers.codes("Required capabilities",
            Capability.codes(), Capability::labelOf);

    ExercisesView(ExercisesService exercises) {
        this.exercises = exercises;
        setSizeFull();

        editor = new EditorDialog<>("exercise", Exercise.class, exercises::save, exercises::delete, this::refresh);
        code.setHelperText("e.g. CFX-2027-1");
        scenario.setAllowCustomValue(true);
        scenario.addCustomValueSetListener(event -> scenario.setValue(event.getDetail()));
        earliestStart.setHelperText("The window the exercise must fit in");
        editor.form().add(code, name, scenario, requiredCapabilities, earliestStart, latestEnd, durationDays,
                minCompanies, maxCompanies);
        var binder = editor.binder();
        binder.forField(code).bind("code");
        binder.forField(name).bind("name");
        binder.forField(scenario).bind("scenario");
        binder.forField(earliestStart).bind("earliestStart");
        binder.forField(latestEnd).bind("latestEnd");
        binder.forField(durationDays).asRequired("enter a number of days").bind("durationDays");
        binder.forField(minCompanies).asRequired("enter a number").bind("minCompanies");
        binder.forField(maxCompanies).asRequired("enter a number").bind("maxCompanies");
        binder.forField(requiredCapabilities).bind("requiredCapabilities");

        grid.addColumn(Exercise::getCode).setHeader("Code").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Exercise::getName).setHeader("Name").setSortable(true);
        grid.addColumn(Exercise::getScenario).setHeader("Scenario").setSortable(true).setAutoWidth(true);
        grid.addColumn(exercise -> exercise.getEarliestStart() + " – " + exercise.getLatestEnd()).setHeader("Window")
                .setAutoWidth(true);
        grid.addColumn(Exercise::getDurationDays).setHeader("Days").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(exercise -> exercise.getMinCompanies() + "–" + exercise.getMaxCompanies())
                .setHeader("Companies").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(exercise -> Formats.list(exercise.getRequiredCapabilities().stream().map(Capability::labelOf)
                .toList())).setHeader("Needs");
        grid.addItemClickListener(event -> editor.edit(event.getItem()));
        grid.setSizeFull();
        CrudToolbar toolbar = new CrudToolbar("New exercise", () -> editor.edit(Exercise.blank()));
        toolbar.allowEditing(CurrentUser.hasRole(Role.PLANNER), editor);
        add(toolbar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(exercises.findAllExercises());
    }
}
