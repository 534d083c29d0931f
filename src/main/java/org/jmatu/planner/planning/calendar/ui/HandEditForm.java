package org.jmatu.planner.planning.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.ui.Pickers;
import org.jmatu.planner.shared.I18n;

/** Moves one planned exercise by hand, and pins its dates or area so the next solve keeps them. */
class HandEditForm extends Details {

    /** What the planner asked for; a null start or area means "leave it as planned". */
    @FunctionalInterface
    interface Listener {
        void apply(PlannedExercise row, LocalDate start, String area, boolean pinDates, boolean pinArea);
    }

    HandEditForm(PlannedExercise row, Scenario.Exercise exercise, List<Scenario.TrainingArea> areas,
                 Scenario.PinnedExercise pin, Listener listener) {
        super(I18n.t("calendar.hand.title"));
        DatePicker start = Pickers.date(getTranslation("calendar.hand.start"));
        start.setValue(row.start());
        if (exercise != null) {
            start.setMin(exercise.earliestStart());
            start.setMax(exercise.latestEnd().minusDays(exercise.durationDays() - 1L));
        }
        Select<String> area = new Select<>();
        area.setLabel(getTranslation("calendar.hand.area"));
        area.setItems(areas.stream().map(Scenario.TrainingArea::id).toList());
        area.setValue(row.trainingArea());
        Checkbox pinDates = new Checkbox(getTranslation("calendar.hand.pin-dates"), pin != null && pin.start() != null);
        Checkbox pinArea = new Checkbox(getTranslation("calendar.hand.pin-area"), pin != null && pin.trainingArea() != null);
        Button apply = new Button(getTranslation("calendar.apply"), e -> listener.apply(row, start.getValue(), area.getValue(),
                pinDates.getValue(), pinArea.getValue()));
        apply.addClassName("calendar-apply");
        HorizontalLayout form = new HorizontalLayout(start, area, pinDates, pinArea, apply);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(form);
        setOpened(true);
    }
}
