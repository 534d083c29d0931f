package org.jmatu.planner.forces.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jmatu.planner.forces.Capability;
import org.jmatu.planner.forces.EquipmentType;
import org.jmatu.planner.forces.ForcesService;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.shared.EquipmentStandard;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.ui.CrudToolbar;
import org.jmatu.planner.ui.EditorDialog;
import org.jmatu.planner.ui.Formats;
import org.jmatu.planner.ui.NationBadge;
import org.jmatu.planner.ui.Pickers;

/** Equipment types: where each comes from, the standard its maintainers must know, what it enables. */
@RolesAllowed({"PLANNER", "COMMANDER"})
@Route("equipment-types")
@PageTitle("Equipment types")
@Menu(title = "Equipment types", order = 60, icon = "vaadin:truck")
public class EquipmentTypesView extends VerticalLayout {

    private final ForcesService forces;
    private final NationService nations;
    final Grid<EquipmentType> grid = new Grid<>();
    final EditorDialog<EquipmentType> editor;

    final TextField code = new TextField("Code");
    final TextField name = new TextField("Name");
    final ComboBox<Nation> origin = Pickers.nation("Origin");
    final ComboBox<EquipmentStandard> standard = Pickers.choice("Standard", EquipmentStandard.values());
    final MultiSelectComboBox<String> capabilities = Pickers.codes("Capabilities", Capability.codes(),
            Capability::labelOf);
    final TextField maintenanceSkill = new TextField("Maintenance skill");

    EquipmentTypesView(ForcesService forces, NationService nations) {
        this.forces = forces;
        this.nations = nations;
        setSizeFull();

        editor = new EditorDialog<>("equipment type", EquipmentType.class, forces::save, forces::delete,
                this::refresh);
        code.setHelperText("e.g. AK74M");
        maintenanceSkill.setHelperText("The skill code its maintainers hold, e.g. MAINT_SOVIET");
        editor.form().add(code, name, origin, standard, capabilities, maintenanceSkill);
        var binder = editor.binder();
        binder.forField(code).bind("code");
        binder.forField(name).bind("name");
        binder.forField(origin).bind("origin");
        binder.forField(standard).bind("standard");
        binder.forField(capabilities).bind("capabilities");
        binder.forField(maintenanceSkill).bind("maintenanceSkill");

        grid.addColumn(EquipmentType::getCode).setHeader("Code").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(EquipmentType::getName).setHeader("Name").setSortable(true);
        grid.addComponentColumn(type -> new NationBadge(type.getOrigin())).setHeader("Origin").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(type -> type.getStandard().label()).setHeader("Standard").setSortable(true).setAutoWidth(true);
        grid.addColumn(type -> Formats.list(type.getCapabilities().stream().map(Capability::labelOf).toList()))
                .setHeader("Capabilities");
        grid.addColumn(EquipmentType::getMaintenanceSkill).setHeader("Maintenance skill").setAutoWidth(true);
        grid.addItemClickListener(event -> openEditor(event.getItem()));
        grid.setSizeFull();
        CrudToolbar toolbar = new CrudToolbar("New equipment type", () -> openEditor(EquipmentType.blank()));
        toolbar.allowEditing(CurrentUser.hasRole(Role.PLANNER), editor);
        add(toolbar, grid);
        refresh();
    }

    private void openEditor(EquipmentType type) {
        origin.setItems(nations.findAll());
        editor.edit(type);
    }

    private void refresh() {
        grid.setItems(forces.findAllEquipmentTypes());
    }
}
