package org.jmatu.planner.forces.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.jmatu.planner.shared.DateRange;
import org.jmatu.planner.ui.Formats;
import org.jmatu.planner.ui.Pickers;

/** The date ranges in which a company cannot take part (deployments, leave), added and removed as rows. */
class UnavailabilityField extends CustomField<List<DateRange>> {

    private final List<DateRange> rows = new ArrayList<>();
    final Grid<DateRange> grid = new Grid<>();
    final DatePicker from = Pickers.date(null);
    final DatePicker to = Pickers.date(null);
    final TextField reason = new TextField();
    final Button add = new Button(getTranslation("forces.add"), VaadinIcon.PLUS.create());

    UnavailabilityField(String label) {
        setLabel(label);
        from.setPlaceholder(getTranslation("forces.from"));
        to.setPlaceholder(getTranslation("forces.to"));
        reason.setPlaceholder(getTranslation("forces.reason"));
        reason.setMaxLength(120);
        add.addClickListener(event -> addRow());

        grid.addColumn(range -> Formats.date(range.getFrom())).setHeader(getTranslation("forces.from")).setAutoWidth(true);
        grid.addColumn(range -> Formats.date(range.getTo())).setHeader(getTranslation("forces.to")).setAutoWidth(true);
        grid.addColumn(DateRange::getReason).setHeader(getTranslation("forces.reason"));
        grid.addComponentColumn(range -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), event -> removeRow(range));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("forces.remove", range));
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);

        HorizontalLayout adder = new HorizontalLayout(from, to, reason, add);
        adder.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout layout = new VerticalLayout(grid, adder);
        layout.setPadding(false);
        add(layout);
    }

    void addRow() {
        if (from.getValue() == null || to.getValue() == null || from.getValue().isAfter(to.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("forces.unavailable.order"));
            return;
        }
        to.setInvalid(false);
        rows.add(new DateRange(from.getValue(), to.getValue(), reason.getValue()));
        from.clear();
        to.clear();
        reason.clear();
        grid.setItems(rows);
        updateValue();
    }

    void removeRow(DateRange range) {
        rows.remove(range);
        grid.setItems(rows);
        updateValue();
    }

    @Override
    protected List<DateRange> generateModelValue() {
        return new ArrayList<>(rows);
    }

    @Override
    protected void setPresentationValue(List<DateRange> value) {
        rows.clear();
        if (value != null) {
            rows.addAll(value);
        }
        grid.setItems(rows);
    }
}
