package org.jmatu.planner.planning.courses.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jmatu.planner.planning.courses.CourseOutlook;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.EditConflictException;
import org.jmatu.planner.staffing.CourseService;
import org.jmatu.planner.staffing.LanguageCourse;
import org.jmatu.planner.ui.NationBadge;
import org.jmatu.planner.ui.Notices;

/**
 * The attendees of one course in the roster version read, and the planner's decisions on its places: pin an
 * officer on it (every solve keeps them there) or forbid it (no solve sends them). Only the officers the reader may
 * see are listed.
 */
class AttendeesPanel extends VerticalLayout {

    /** One officer on the list: planned on the course by the roster version, and the planner's decision if any. */
    record Row(Scenario.Person person, boolean planned, Optional<Boolean> decision) {
    }

    private final CourseService courses;
    private final boolean planner;
    private final Runnable onChange;
    final ComboBox<LanguageCourse> course = new ComboBox<>(getTranslation("course.noun.capital"));
    final Span version = new Span();
    final Grid<Row> grid = new Grid<>();
    final ComboBox<Scenario.Person> officer = new ComboBox<>(getTranslation("course.officer"));
    final Button pin = new Button(getTranslation("course.pin"), event -> decideOnPicked(true));
    final Button forbid = new Button(getTranslation("course.forbid"), event -> decideOnPicked(false));
    private CourseOutlook outlook;
    private Map<String, Scenario.Person> visible = Map.of();

    AttendeesPanel(CourseService courses, boolean planner, Runnable onChange) {
        this.courses = courses;
        this.planner = planner;
        this.onChange = onChange;
        setPadding(false);
        setSizeFull();
        course.setItemLabelGenerator(offered -> offered.getCode() + " " + offered.getName());
        course.addValueChangeListener(event -> showCourse());
        officer.setItemLabelGenerator(CoursesTexts::officer);
        officer.setWidth("22rem");
        pin.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout decide = new HorizontalLayout(officer, pin, forbid);
        decide.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        decide.setVisible(planner);

        grid.addComponentColumn(row -> new Span(new NationBadge(row.person().nation()),
                new Span(" " + CoursesTexts.officer(row.person())))).setHeader(getTranslation("course.officer"));
        grid.addColumn(row -> row.person().english()).setHeader(getTranslation("common.english"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> getTranslation(row.planned() ? "course.planned.yes" : "course.planned.no"))
                .setHeader(getTranslation("course.column.planned")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> getTranslation(row.decision().map(attends -> attends ? "course.decision.pinned"
                        : "course.decision.forbidden").orElse("course.decision.none")))
                .setHeader(getTranslation("course.column.decision")).setAutoWidth(true).setFlexGrow(0);
        if (planner) {
            grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setSizeFull();
        add(new HorizontalLayout(course, version), decide, grid);
    }

    /** How many attendees the version sends on {@code courseCode}, of those the reader may see. */
    int planned(String courseCode) {
        return outlook == null ? 0 : outlook.attendees(courseCode).size();
    }

    void show(List<LanguageCourse> offered, CourseOutlook outlook) {
        this.outlook = outlook;
        visible = new LinkedHashMap<>();
        if (outlook != null) {
            outlook.levels().forEach(levels -> visible.put(levels.person().id(), levels.person()));
        }
        version.setText(outlook == null || outlook.version() == null ? getTranslation("course.version.none")
                : getTranslation("course.version", outlook.version()));
        String chosen = course.getValue() == null ? null : course.getValue().getCode();
        course.setItems(offered);
        course.setValue(offered.stream().filter(one -> one.getCode().equals(chosen)).findFirst()
                .orElse(offered.isEmpty() ? null : offered.getFirst()));
        showCourse();
    }

    private void showCourse() {
        LanguageCourse chosen = course.getValue();
        if (chosen == null) {
            grid.setItems(List.of());
            officer.setItems(List.of());
            return;
        }
        List<String> planned = outlook == null ? List.of() : outlook.attendees(chosen.getCode());
        List<Row> rows = new ArrayList<>();
        visible.values().stream()
                .filter(person -> planned.contains(person.id()) || chosen.decisionOn(person.id()).isPresent())
                .forEach(person -> rows.add(new Row(person, planned.contains(person.id()),
                        chosen.decisionOn(person.id()))));
        grid.setItems(rows);
        officer.setItems(visible.values().stream()
                .filter(person -> chosen.admits(person.nation(), person.english())).toList());
    }

    private HorizontalLayout actions(Row row) {
        Button pinRow = new Button(getTranslation("course.pin"), event -> decide(row.person(), true));
        Button forbidRow = new Button(getTranslation("course.forbid"), event -> decide(row.person(), false));
        Button clear = new Button(getTranslation("course.clear"), event -> decide(row.person(), null));
        pinRow.setEnabled(!row.decision().equals(Optional.of(true)));
        forbidRow.setEnabled(!row.decision().equals(Optional.of(false)));
        clear.setEnabled(row.decision().isPresent());
        List.of(pinRow, forbidRow, clear).forEach(button -> button.addThemeVariants(ButtonVariant.LUMO_SMALL,
                ButtonVariant.LUMO_TERTIARY));
        return new HorizontalLayout(pinRow, forbidRow, clear);
    }

    private void decideOnPicked(boolean attends) {
        if (officer.getValue() == null) {
            Notices.error(getTranslation("course.officer.pick"));
            return;
        }
        decide(officer.getValue(), attends);
        officer.clear();
    }

    /** Stores the decision; a course someone else changed meanwhile is reloaded and the decision not taken. */
    void decide(Scenario.Person person, Boolean attends) {
        LanguageCourse chosen = course.getValue();
        try {
            courses.decide(chosen, person.id(), attends);
            Notices.success(getTranslation(attends == null ? "course.decided.cleared" : attends
                    ? "course.decided.pinned" : "course.decided.forbidden", CoursesTexts.officer(person),
                    chosen.getCode()));
        } catch (EditConflictException conflict) {
            Notices.error(getTranslation("course.conflict", chosen.getCode()));
        }
        onChange.run();
    }
}
