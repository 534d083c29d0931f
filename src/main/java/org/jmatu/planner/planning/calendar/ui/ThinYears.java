package org.jmatu.planner.planning.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.jmatu.planner.scenario.Scenario;

/** Flags each year with fewer than two exercises, with a button that adds one to that year. */
class ThinYears extends Div {

    void show(List<Integer> years, Scenario working, CalendarPlan plan, IntConsumer addExercise) {
        removeAll();
        // planned exercises count in the year they start, exercises not planned yet (just added) in their window's
        Map<Integer, Integer> perYear = new TreeMap<>();
        years.forEach(y -> perYear.put(y, 0));
        for (Scenario.Exercise exercise : working.exercises()) {
            PlannedExercise row = plan == null ? null : plan.row(exercise.id());
            int y = row == null ? exercise.earliestStart().getYear() : row.start().getYear();
            perYear.merge(y, 1, Integer::sum);
        }
        perYear.values().removeIf(count -> count >= 2);
        perYear.forEach((y, count) -> {
            Button add = new Button(getTranslation("calendar.add-exercise"), e -> addExercise.accept(y));
            add.addClassName("calendar-add-exercise");
            Span text = new Span(getTranslation("calendar.thin-year", String.valueOf(y), count));
            HorizontalLayout flag = new HorizontalLayout(text, add);
            flag.addClassName("calendar-thin-year");
            flag.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            flag.getStyle().set("color", "var(--lumo-error-text-color)");
            add(flag);
        });
    }
}
