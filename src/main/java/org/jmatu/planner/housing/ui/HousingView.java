package org.jmatu.planner.housing.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jmatu.planner.housing.CapacityStep;
import org.jmatu.planner.housing.Garrison;
import org.jmatu.planner.housing.HousingService;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.shared.GarrisonKind;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.shared.Period;
import org.jmatu.planner.ui.CrudToolbar;
import org.jmatu.planner.ui.EditorDialog;
import org.jmatu.planner.ui.NationBadge;
import org.jmatu.planner.ui.Pickers;

/**
 * The garrisons (barracks, family housing, training facilities), each with the nation that keeps it, its upkeep and
 * its places from each period on, and the places the published roster and the attached companies need against them.
 * Planners edit; the commander reads; a liaison officer reads the garrisons their own nation keeps, without the loads
 * (they count every nation's people).
 */
@RolesAllowed({Role.PLANNER_NAME, Role.COMMANDER_NAME, Role.LIAISON_NAME})
@Route("housing")
@Menu(title = "Housing", order = 3.7, icon = "vaadin:home")
public class HousingView extends VerticalLayout implements HasDynamicTitle {

    private final HousingService housing;
    private final NationService nations;
    private final boolean readsLoads = !CurrentUser.hasRole(Role.LIAISON);
    final Grid<Garrison> grid = new Grid<>();
    final EditorDialog<Garrison> editor;
    final LoadPanel loads = new LoadPanel();

    final TextField code = new TextField(getTranslation("common.code"));
    final TextField name = new TextField(getTranslation("common.name"));
    final ComboBox<GarrisonKind> kind = Pickers.choice(getTranslation("housing.kind"), GarrisonKind.values());
    final ComboBox<Nation> nation = Pickers.nation(getTranslation("housing.nation"));
    final NumberField upkeep = new NumberField(getTranslation("housing.upkeep"));
    final CapacityStepsField steps = new CapacityStepsField(getTranslation("housing.steps"));
    /** Read once per refresh: the grid and the form label every step's period with it. */
    private List<Period> periods = List.of();

    HousingView(HousingService housing, NationService nations) {
        this.housing = housing;
        this.nations = nations;
        setSizeFull();

        editor = new EditorDialog<>(getTranslation("housing.noun"), Garrison.class, housing::save, housing::delete,
                this::refresh);
        code.setHelperText(getTranslation("form.example", "AST-FH"));
        nation.setHelperText(getTranslation("housing.nation.help"));
        upkeep.setHelperText(getTranslation("housing.upkeep.help"));
        editor.form().add(code, name, kind, nation, upkeep);
        editor.form().add(steps, 2);
        var binder = editor.binder();
        binder.forField(code)
                .withValidator(value -> !housing.codeTaken(value, editor.record()),
                        context -> getTranslation("housing.code.taken", code.getValue()))
                .bind("code");
        binder.forField(name).bind("name");
        binder.forField(kind).bind("kind");
        binder.forField(nation).bind("nation");
        binder.forField(upkeep).asRequired(getTranslation("form.required.number")).bind("upkeepPerYear");
        binder.forField(steps)
                .withValidator(list -> list.stream().allMatch(step -> step.getFromPeriod() != null
                        && step.getPlaces() != null), getTranslation("housing.step.incomplete"))
                .withValidator(list -> list.stream().allMatch(step -> step.getPlaces() >= 0),
                        getTranslation("housing.step.negative"))
                .withValidator(HousingView::onePerPeriod, getTranslation("housing.step.twice"))
                .withValidator(list -> list.stream().allMatch(step -> step.getFromPeriod() < periods.size()),
                        context -> getTranslation("housing.step.outside", periods.size()))
                .bind("capacity");

        grid.addColumn(Garrison::getCode).setHeader(getTranslation("common.code")).setAutoWidth(true)
                .setFlexGrow(0).setSortable(true);
        grid.addColumn(Garrison::getName).setHeader(getTranslation("common.name")).setSortable(true);
        grid.addColumn(garrison -> garrison.getKind().label()).setHeader(getTranslation("housing.kind"))
                .setAutoWidth(true).setSortable(true);
        grid.addComponentColumn(garrison -> new NationBadge(garrison.getNation()))
                .setHeader(getTranslation("housing.nation")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(garrison -> String.format(Locale.ROOT, "%,.0f", garrison.getUpkeepPerYear()))
                .setHeader(getTranslation("housing.upkeep")).setAutoWidth(true).setFlexGrow(0)
                .setComparator(Garrison::getUpkeepPerYear);
        grid.addColumn(this::stepsText).setHeader(getTranslation("housing.steps")).setFlexGrow(2);
        grid.addItemClickListener(event -> openEditor(event.getItem()));
        grid.setAllRowsVisible(true);

        CrudToolbar toolbar = new CrudToolbar(getTranslation("housing.new"), () -> openEditor(Garrison.blank()));
        toolbar.allowEditing(CurrentUser.hasRole(Role.PLANNER), editor);
        add(toolbar, grid);
        if (readsLoads) {
            add(new H3(getTranslation("housing.loads")), loads);
        }
        refresh();
    }

    private void openEditor(Garrison garrison) {
        nation.setItems(nations.findAll());
        steps.setPeriods(periods);
        editor.edit(garrison);
    }

    private void refresh() {
        periods = housing.periods();
        grid.setItems(housing.findAll());
        if (readsLoads) {
            loads.show(housing.outlook().orElse(null));
        }
    }

    /** "2027-H1: 120, 2028-H1: 180": each step's period by its label. */
    private String stepsText(Garrison garrison) {
        if (garrison.getCapacity().isEmpty()) {
            return "—";
        }
        return garrison.getCapacity().stream().map(step -> getTranslation("housing.step.text",
                CapacityStepsField.periodLabel(periods, step.getFromPeriod()), step.getPlaces()))
                .collect(Collectors.joining(", "));
    }

    private static boolean onePerPeriod(List<CapacityStep> list) {
        Set<Integer> seen = new HashSet<>();
        return list.stream().map(CapacityStep::getFromPeriod).filter(Objects::nonNull).allMatch(seen::add);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.housing");
    }
}
