package org.jmatu.planner.planning.courses.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.jmatu.planner.planning.courses.CourseOutlook;
import org.jmatu.planner.shared.Period;
import org.jmatu.planner.ui.NationBadge;

/**
 * Each officer's planned English over the horizon: officers down, periods across, a level a course raised shown
 * in bold with an arrow, filtered by nation.
 */
class LevelsGrid extends VerticalLayout {

    final Grid<CourseOutlook.Levels> grid = new Grid<>();
    final ComboBox<String> nation = new ComboBox<>(getTranslation("common.nation"));
    private CourseOutlook outlook;

    LevelsGrid() {
        setPadding(false);
        setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        nation.setClearButtonVisible(true);
        nation.setPlaceholder(getTranslation("roster.all-nations"));
        nation.addValueChangeListener(event -> refresh());
        add(nation, grid);
    }

    void show(CourseOutlook shown) {
        outlook = shown;
        grid.removeAllColumns();
        if (shown == null) {
            grid.setItems(List.of());
            return;
        }
        grid.addComponentColumn(levels -> new Span(new NationBadge(levels.person().nation()),
                        new Span(" " + CoursesTexts.officer(levels.person()))))
                .setHeader(getTranslation("course.officer")).setFrozen(true).setWidth("20rem").setFlexGrow(0);
        for (Period period : shown.periods()) {
            int index = period.index();
            grid.addComponentColumn(levels -> cell(levels, index)).setHeader(period.label()).setKey("p" + index)
                    .setWidth("6rem").setFlexGrow(0);
        }
        nation.setItems(shown.levels().stream().map(levels -> levels.person().nation()).distinct().toList());
        refresh();
    }

    /** The level in the period; a level a course gave reads "↑3", bold, with the reason as its tooltip. */
    private Span cell(CourseOutlook.Levels levels, int period) {
        int level = levels.english().get(period);
        if (!levels.raisedIn(period)) {
            return new Span(String.valueOf(level));
        }
        Span raised = new Span("↑" + level);
        raised.addClassName("raised");
        raised.getStyle().set("font-weight", "bold").set("color", "var(--lumo-success-text-color)");
        raised.getElement().setAttribute("title", getTranslation("course.level.raised", levels.person().english(),
                level));
        return raised;
    }

    private void refresh() {
        if (outlook == null) {
            return;
        }
        String code = nation.getValue();
        grid.setItems(outlook.levels().stream()
                .filter(levels -> code == null || levels.person().nation().equals(code)).toList());
    }
}
