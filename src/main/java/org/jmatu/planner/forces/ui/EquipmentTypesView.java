package org.jmatu.planner.forces.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(title = "Equipment types", order = 60, icon = "vaadin:truck")
public class EquipmentTypesView extends VerticalLayout implements HasDynamicTitle {

    private final ForcesService forces;
    private final NationService nations;
    final Grid<EquipmentType> grid = new Grid<>();
    final EditorDialog<EquipmentType> editor;

    final TextField code = new TextField(getTranslation("common.code"));
    final TextField name = new TextField(getTranslation("common.name"));
    final ComboBox<Nation> origin = Pickers.nation(getTranslation("equipment.origin"));
    final ComboBox<EquipmentStandard> standard = Pickers.choice(getTranslation("equipment.standard"), EquipmentStandard.values());
    final MultiSelectComboBox<String> capabilities = Pickers.codes(getTranslation("equipment.capabilities"), Capability.codes(),
            Capability::labelOf);
    final TextField maintenanceSkill = new TextField(getTranslation("equipment.maintenance-skill"));

    EquipmentTypesView(ForcesService forces, NationService nations) {
        this.forces = forces;
        this.nations = nations;
        setSizeFull();

        editor = new EditorDialog<>(getTranslation("equipment.noun"), EquipmentType.class, forces::save, forces::delete,
                this::refresh);
        code.setHelperText(getTranslation("form.example", "AK74M"));
        maintenanceSkill.setHelperText(getTranslation("equipment.maintenance-skill.help"));
        editor.form().add(code, name, origin, standard, capabilities, maintenanceSkill);
        var binder = editor.binder();
        binder.forField(code).bind("code");
        binder.forField(name).bind("name");
        binder.forField(origin).bind("origin");
        binder.forField(standard).bind("standard");
        binder.forField(capabilities).bind("capabilities");
        binder.forField(maintenanceSkill).bind("maintenanceSkill");

        grid.addColumn(EquipmentType::getCode).setHeader(getTranslation("common.code")).setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(EquipmentType::getName).setHeader(getTranslation("common.name")).setSortable(true);
        grid.addComponentColumn(type -> new NationBadge(type.getOrigin())).setHeader(getTranslation("equipment.origin")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(type -> type.getStandard().label()).setHeader(getTranslation("equipment.standard")).setSortable(true).setAutoWidth(true);
        grid.addColumn(type -> Formats.list(type.getCapabilities().stream().map(Capability::labelOf).toList()))
                .setHeader(getTranslation("equipment.capabilities"));
        grid.addColumn(EquipmentType::getMaintenanceSkill).setHeader(getTranslation("equipment.maintenance-skill")).setAutoWidth(true);
        grid.addItemClickListener(event -> openEditor(event.getItem()));
        grid.setSizeFull();
        CrudToolbar toolbar = new CrudToolbar(getTranslation("equipment.new"), () -> openEditor(EquipmentType.blank()));
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

    @Override
    public String getPageTitle() {
        return getTranslation("menu.equipment-types");
    }
}
