package org.jmatu.planner.housing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jmatu.planner.housing.CapacityStep;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Period;

/**
 * A garrison's places from each period on, one editable row per step: the period it starts in (picked by its label)
 * and the places from then on. A row may be left incomplete while typing; the view's checks say what is missing.
 */
class CapacityStepsField extends CustomField<List<CapacityStep>> {

    final List<StepRow> rows = new ArrayList<>();
    private final VerticalLayout lines = new VerticalLayout();
    final Button add = new Button(getTranslation("housing.step.add"), VaadinIcon.PLUS.create(), event -> addStep());
    private List<Period> periods = List.of();

    CapacityStepsField(String label) {
        setLabel(label);
        setHelperText(getTranslation("housing.steps.help"));
        lines.setPadding(false);
        lines.setSpacing(false);
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        VerticalLayout layout = new VerticalLayout(lines, add);
        layout.setPadding(false);
        add(layout);
    }

    /** The horizon's periods, which a step may start in. */
    void setPeriods(List<Period> periods) {
        this.periods = List.copyOf(periods);
    }

    /** A new row after the last: from the next period on, with the places of the last step to start from. */
    void addStep() {
        StepRow last = rows.isEmpty() ? null : rows.getLast();
        Integer from = last == null || last.from.getValue() == null ? Integer.valueOf(0)
                : Integer.valueOf(Math.min(last.from.getValue() + 1, Math.max(periods.size() - 1, 0)));
        show(new StepRow(new CapacityStep(from, last == null ? null : last.places.getValue())));
        updateValue();
    }

    void remove(StepRow row) {
        rows.remove(row);
        lines.remove(row);
        updateValue();
    }

    @Override
    protected List<CapacityStep> generateModelValue() {
        return rows.stream().map(row -> new CapacityStep(row.from.getValue(), row.places.getValue())).toList();
    }

    @Override
    protected void setPresentationValue(List<CapacityStep> steps) {
        rows.clear();
        lines.removeAll();
        if (steps != null) {
            steps.forEach(step -> show(new StepRow(step)));
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        add.setVisible(!readOnly);
        rows.forEach(row -> row.setReadOnly(readOnly));
    }

    private void show(StepRow row) {
        row.setReadOnly(isReadOnly());
        rows.add(row);
        lines.add(row);
    }

    /** A period by its label; one beyond the horizon (a step stored before the horizon was shortened) says so. */
    static String periodLabel(List<Period> periods, int index) {
        return index < periods.size() ? periods.get(index).label() : I18n.t("housing.step.outside-horizon", index + 1);
    }

    /** One step: from which period, how many places, and a button that removes it. */
    final class StepRow extends HorizontalLayout {

        final ComboBox<Integer> from = new ComboBox<>();
        final IntegerField places = new IntegerField();
        final Button remove = new Button(VaadinIcon.TRASH.create(), event -> CapacityStepsField.this.remove(this));

        StepRow(CapacityStep step) {
            // a step stored beyond a horizon since shortened stays visible, so that the check can name it
            List<Integer> choices = new ArrayList<>(IntStream.range(0, periods.size()).boxed().toList());
            if (step.getFromPeriod() != null && step.getFromPeriod() >= periods.size()) {
                choices.add(step.getFromPeriod());
            }
            from.setItems(choices);
            from.setItemLabelGenerator(index -> periodLabel(periods, index));
            from.setPlaceholder(getTranslation("housing.step.from"));
            from.setAriaLabel(getTranslation("housing.step.from"));
            from.setValue(step.getFromPeriod());
            places.setPlaceholder(getTranslation("housing.step.places"));
            places.setAriaLabel(getTranslation("housing.step.places"));
            places.setWidth("8em");
            places.setValue(step.getPlaces());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("housing.step.remove"));
            from.addValueChangeListener(event -> updateValue());
            places.addValueChangeListener(event -> updateValue());
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(from, places, remove);
        }

        void setReadOnly(boolean readOnly) {
            from.setReadOnly(readOnly);
            places.setReadOnly(readOnly);
            remove.setVisible(!readOnly);
        }
    }
}
