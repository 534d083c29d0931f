package org.jmatu.planner.staffing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.staffing.Skill;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.ui.CrudToolbar;
import org.jmatu.planner.ui.EditorDialog;

/** The skill catalogue that posts require and nominees hold. */
@RolesAllowed({"PLANNER", "COMMANDER"})
@Route("skills")
@Menu(title = "Skills", order = 40, icon = "vaadin:academy-cap")
public class SkillsView extends VerticalLayout implements HasDynamicTitle {

    private final StaffingService service;
    final Grid<Skill> grid = new Grid<>();
    final EditorDialog<Skill> editor;
    final TextField code = new TextField(getTranslation("common.code"));
    final TextField name = new TextField(getTranslation("common.name"));

    SkillsView(StaffingService service) {
        this.service = service;
        setSizeFull();
        editor = new EditorDialog<>(getTranslation("skills.noun"), Skill.class, service::save, service::delete, this::refresh);
        code.setHelperText(getTranslation("form.example", "LOGISTICS, MAINT_NATO"));
        editor.form().add(code, name);
        editor.binder().forField(code).bind("code");
        editor.binder().forField(name).bind("name");

        grid.addColumn(Skill::getCode).setHeader(getTranslation("common.code")).setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Skill::getName).setHeader(getTranslation("common.name")).setSortable(true);
        grid.addItemClickListener(event -> editor.edit(event.getItem()));
        grid.setSizeFull();
        CrudToolbar toolbar = new CrudToolbar(getTranslation("skills.new"), () -> editor.edit(Skill.blank()));
        toolbar.allowEditing(CurrentUser.hasRole(Role.PLANNER), editor);
        add(toolbar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(service.findAllSkills());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.skills");
    }
}
