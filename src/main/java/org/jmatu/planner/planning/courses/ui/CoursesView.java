package org.jmatu.planner.planning.courses.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jmatu.planner.planning.courses.CourseOutlook;
import org.jmatu.planner.planning.courses.CoursePlanning;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.staffing.CourseService;
import org.jmatu.planner.staffing.LanguageCourse;
import org.jmatu.planner.ui.CrudToolbar;
import org.jmatu.planner.ui.EditorDialog;
import org.jmatu.planner.ui.Formats;
import org.jmatu.planner.ui.NationBadge;
import org.jmatu.planner.ui.Pickers;

/**
 * English courses, planned with the roster: the courses on offer (planners keep them), who attends each in the
 * roster version read, every officer's English period by period, and what the courses change for the framework
 * nation. Planners edit; the commander reads; a liaison officer sees only their own nation's officers.
 */
@RolesAllowed({"PLANNER", "COMMANDER", "LIAISON"})
@Route("courses")
@Menu(title = "English courses", order = 1.7, icon = "vaadin:academy-cap")
public class CoursesView extends VerticalLayout implements HasDynamicTitle {

    private final CourseService courses;
    private final NationService nations;
    private final CoursePlanning planning;
    final Grid<LanguageCourse> grid = new Grid<>();
    final EditorDialog<LanguageCourse> editor;
    final AttendeesPanel attendees;
    final LevelsGrid levels = new LevelsGrid();
    final EffectPanel effect = new EffectPanel();
    final TabSheet tabs = new TabSheet();

    final TextField code = new TextField(getTranslation("common.code"));
    final TextField name = new TextField(getTranslation("common.name"));
    final DatePicker start = Pickers.date(getTranslation("course.start"));
    final DatePicker end = Pickers.date(getTranslation("course.end"));
    final IntegerField seats = new IntegerField(getTranslation("course.seats"));
    final IntegerField fromLevel = new IntegerField(getTranslation("course.from-level"));
    final IntegerField toLevel = new IntegerField(getTranslation("course.to-level"));
    final MultiSelectComboBox<Nation> admitted = Pickers.nations(getTranslation("course.nations"));

    CoursesView(CourseService courses, NationService nations, CoursePlanning planning) {
        this.courses = courses;
        this.nations = nations;
        this.planning = planning;
        setSizeFull();
        boolean planner = CurrentUser.hasRole(Role.PLANNER);

        attendees = new AttendeesPanel(courses, planner, this::refresh);
        editor = new EditorDialog<>(getTranslation("course.noun"), LanguageCourse.class, courses::save,
                courses::delete, this::refresh);
        admitted.setHelperText(getTranslation("course.nations.help"));
        editor.form().add(code, name, start, end, seats, fromLevel, toLevel, admitted);
        var binder = editor.binder();
        binder.forField(code).bind("code");
        binder.forField(name).bind("name");
        binder.forField(start).bind("startDate");
        binder.forField(end).bind("endDate");
        binder.forField(seats).bind("seats");
        binder.forField(fromLevel).bind("fromLevel");
        binder.forField(toLevel).bind("toLevel");
        binder.forField(admitted).bind("nations");

        grid.addColumn(LanguageCourse::getCode).setHeader(getTranslation("common.code")).setAutoWidth(true)
                .setFlexGrow(0).setSortable(true);
        grid.addColumn(LanguageCourse::getName).setHeader(getTranslation("common.name")).setSortable(true);
        grid.addColumn(course -> Formats.date(course.getStartDate())).setHeader(getTranslation("course.start"))
                .setComparator(LanguageCourse::getStartDate).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(course -> Formats.date(course.getEndDate())).setHeader(getTranslation("course.end"))
                .setComparator(LanguageCourse::getEndDate).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(course -> getTranslation("course.levels", course.getFromLevel(), course.getToLevel()))
                .setHeader(getTranslation("course.column.levels")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(course -> getTranslation("course.taken", attendees.planned(course.getCode()),
                        course.getSeats())).setHeader(getTranslation("course.column.seats")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(course -> course.getNations().isEmpty()
                        ? new Span(getTranslation("course.any-nation"))
                        : NationBadge.all(course.getNations()))
                .setHeader(getTranslation("course.column.nations"));
        grid.addItemClickListener(event -> openEditor(event.getItem()));
        grid.setSizeFull();

        CrudToolbar toolbar = new CrudToolbar(getTranslation("course.new"), () -> openEditor(LanguageCourse.blank()));
        toolbar.allowEditing(planner, editor);
        VerticalLayout list = new VerticalLayout(toolbar, grid);
        list.setPadding(false);
        list.setSizeFull();
        tabs.add(getTranslation("course.tab.courses"), list);
        tabs.add(getTranslation("course.tab.attendees"), attendees);
        tabs.add(getTranslation("course.tab.levels"), levels);
        tabs.add(getTranslation("course.tab.effect"), effect);
        tabs.setSizeFull();
        add(tabs);
        refresh();
    }

    private void openEditor(LanguageCourse course) {
        admitted.setItems(nations.findAll());
        editor.edit(course);
    }

    private void refresh() {
        List<LanguageCourse> offered = courses.findAll();
        CourseOutlook outlook = planning.outlook().orElse(null);
        attendees.show(offered, outlook);
        levels.show(outlook);
        effect.show(outlook);
        grid.setItems(offered);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.courses");
    }
}
