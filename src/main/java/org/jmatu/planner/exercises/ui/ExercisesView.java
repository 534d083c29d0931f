package org.jmatu.planner.exercises.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(title = "Exercises", order = 80, icon = "vaadin:crosshairs")
public class ExercisesView extends VerticalLayout implements HasDynamicTitle {

    private final ExercisesService exercises;
    final Grid<Exercise> grid = new Grid<>();
    final EditorDialog<Exercise> editor;

    final TextField code = new TextField(getTranslation("common.code"));
    final TextField name = new TextField(getTranslation("common.name"));
    final ComboBox<String> scenario = new ComboBox<>(getTranslation("exercises.scenario"), ExerciseScenario.codes());
    final DatePicker earliestStart = Pickers.date(getTranslation("exercises.earliest-start"));
    final DatePicker latestEnd = Pickers.date(getTranslation("exercises.latest-end"));
    final IntegerField durationDays = new IntegerField(getTranslation("exercises.duration"));
    final IntegerField minCompanies = new IntegerField(getTranslation("exercises.min-companies"));
    final IntegerField maxCompanies = new IntegerField(getTranslation("exercises.max-companies"));
    final MultiSelectComboBox<String> requiredCapabilities = Pickers.codes(getTranslation("exercises.capabilities"),
            Capability.codes(), Capability::labelOf);

    ExercisesView(ExercisesService exercises) {
        this.exercises = exercises;
        setSizeFull();

        editor = new EditorDialog<>(getTranslation("exercises.noun"), Exercise.class, exercises::save, exercises::delete, this::refresh);
        code.setHelperText(getTranslation("form.example", "CFX-2027-1"));
        scenario.setAllowCustomValue(true);
        scenario.setItemLabelGenerator(ExerciseScenario::labelOf);
        scenario.addCustomValueSetListener(event -> scenario.setValue(event.getDetail()));
        earliestStart.setHelperText(getTranslation("exercises.window.help"));
        editor.form().add(code, name, scenario, requiredCapabilities, earliestStart, latestEnd, durationDays,
                minCompanies, maxCompanies);
        var binder = editor.binder();
        binder.forField(code).bind("code");
        binder.forField(name).bind("name");
        binder.forField(scenario).bind("scenario");
        binder.forField(earliestStart).bind("earliestStart");
        binder.forField(latestEnd).bind("latestEnd");
        binder.forField(durationDays).asRequired(getTranslation("exercises.duration.required")).bind("durationDays");
        binder.forField(minCompanies).asRequired(getTranslation("form.required.number")).bind("minCompanies");
        binder.forField(maxCompanies).asRequired(getTranslation("form.required.number")).bind("maxCompanies");
        binder.forField(requiredCapabilities).bind("requiredCapabilities");

        grid.addColumn(Exercise::getCode).setHeader(getTranslation("common.code")).setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Exercise::getName).setHeader(getTranslation("common.name")).setSortable(true);
        grid.addColumn(exercise -> ExerciseScenario.labelOf(exercise.getScenario())).setHeader(getTranslation("exercises.scenario")).setSortable(true).setAutoWidth(true);
        grid.addColumn(exercise -> Formats.date(exercise.getEarliestStart()) + " – " + Formats.date(exercise.getLatestEnd())).setHeader(getTranslation("exercises.window"))
                .setAutoWidth(true);
        grid.addColumn(Exercise::getDurationDays).setHeader(getTranslation("exercises.days")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(exercise -> exercise.getMinCompanies() + "–" + exercise.getMaxCompanies())
                .setHeader(getTranslation("exercises.companies")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(exercise -> Formats.list(exercise.getRequiredCapabilities().stream().map(Capability::labelOf)
                .toList())).setHeader(getTranslation("exercises.needs"));
        grid.addItemClickListener(event -> editor.edit(event.getItem()));
        grid.setSizeFull();
        CrudToolbar toolbar = new CrudToolbar(getTranslation("exercises.new"), () -> editor.edit(Exercise.blank()));
        toolbar.allowEditing(CurrentUser.hasRole(Role.PLANNER), editor);
        add(toolbar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(exercises.findAllExercises());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.exercises");
    }
}
