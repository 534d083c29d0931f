package org.jmatu.planner.planning.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.jmatu.planner.planning.calendar.versions.CalendarComparison;
import org.jmatu.planner.planning.calendar.versions.CalendarComparison.Exercise;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.ui.Formats;

/** Two calendars side by side: per exercise its dates, area and companies in A and in B. */
class CalendarDifferences extends Grid<Exercise> {

    CalendarDifferences() {
        addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        setSizeFull();
        addColumn(Exercise::code).setHeader(getTranslation("compare.exercise")).setAutoWidth(true).setFlexGrow(0);
        pair("dates", row -> I18n.t("compare.dates.value", Formats.date(row.start()), Formats.date(row.end())),
                Exercise::datesChanged);
        pair("area", PlannedExercise::trainingArea, Exercise::areaChanged);
        pair("companies", row -> Formats.list(row.companies()), Exercise::companiesChanged);
    }

    private void pair(String field, Function<PlannedExercise, String> text, Predicate<Exercise> changed) {
        addComponentColumn(exercise -> DifferenceCell.of(shown(exercise.a(), text), changed.test(exercise)))
                .setKey(field + "-a").setHeader(getTranslation("compare." + field + ".a")).setAutoWidth(true);
        addComponentColumn(exercise -> DifferenceCell.of(shown(exercise.b(), text), changed.test(exercise)))
                .setKey(field + "-b").setHeader(getTranslation("compare." + field + ".b")).setAutoWidth(true);
    }

    private static String shown(PlannedExercise row, Function<PlannedExercise, String> text) {
        return row == null ? I18n.t("compare.not-in-calendar") : Formats.value(text.apply(row));
    }

    void show(CalendarComparison comparison, boolean onlyChanges) {
        setItems(comparison.exercises().stream().filter(exercise -> !onlyChanges || exercise.changed()).toList());
    }
}
