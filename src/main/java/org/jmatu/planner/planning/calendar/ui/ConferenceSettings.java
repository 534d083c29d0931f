package org.jmatu.planner.planning.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.function.Consumer;
import org.jmatu.planner.planning.calendar.domain.ConferenceSchedule;
import org.jmatu.planner.shared.I18n;

/** How many weeks before an exercise its initial, main and final planning conferences fall. */
class ConferenceSettings extends Details {

    ConferenceSettings(ConferenceSchedule schedule, Consumer<ConferenceSchedule> onApply) {
        super(I18n.t("calendar.conferences"));
        IntegerField initial = weeks(I18n.t("calendar.conference.initial"), schedule.initialWeeks());
        IntegerField main = weeks(I18n.t("calendar.conference.main"), schedule.mainWeeks());
        IntegerField last = weeks(I18n.t("calendar.conference.final"), schedule.finalWeeks());
        Button apply = new Button(getTranslation("calendar.apply"),
                e -> onApply.accept(new ConferenceSchedule(value(initial), value(main), value(last))));
        HorizontalLayout form = new HorizontalLayout(initial, main, last, apply);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(form);
    }

    private static IntegerField weeks(String label, int value) {
        IntegerField field = new IntegerField(label);
        field.setMin(0);
        field.setMax(52);
        field.setValue(value);
        field.setStepButtonsVisible(true);
        field.setWidth("8em");
        return field;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : Math.max(0, field.getValue());
    }
}
