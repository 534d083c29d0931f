package org.jmatu.planner.forces.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.List;
import org.jmatu.planner.forces.EquipmentHolding;
import org.jmatu.planner.forces.EquipmentType;

/**
 * A company's equipment as rows of type and quantity. Holdings are immutable, so a change replaces the
 * row; adding a type the company already holds adds to its quantity instead of making a second row.
 */
class HoldingsField extends CustomField<List<EquipmentHolding>> {

    private final List<EquipmentHolding> rows = new ArrayList<>();
    final Grid<EquipmentHolding> grid = new Grid<>();
    final ComboBox<EquipmentType> type = new ComboBox<>();
    final IntegerField quantity = new IntegerField();
    final Button add = new Button(getTranslation("forces.add"), VaadinIcon.PLUS.create());

    HoldingsField(String label) {
        setLabel(label);
        type.setPlaceholder(getTranslation("holdings.type"));
        type.setItemLabelGenerator(item -> item.getCode() + " – " + item.getName() + " (" + item.getStandard().label() + ")");
        quantity.setPlaceholder(getTranslation("holdings.qty"));
        quantity.setMin(1);
        quantity.setWidth("6em");
        add.addClickListener(event -> addRow());

        grid.addColumn(holding -> holding.getEquipmentType().getCode()).setHeader(getTranslation("holdings.column.type")).setAutoWidth(true);
        grid.addColumn(holding -> holding.getEquipmentType().getName()).setHeader(getTranslation("common.name"));
        grid.addColumn(EquipmentHolding::getQuantity).setHeader(getTranslation("holdings.quantity")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(holding -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), event -> removeRow(holding));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("forces.remove", holding.getEquipmentType().getCode()));
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);

        HorizontalLayout adder = new HorizontalLayout(type, quantity, add);
        adder.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout layout = new VerticalLayout(grid, adder);
        layout.setPadding(false);
        add(layout);
    }

    void setTypes(List<EquipmentType> types) {
        type.setItems(types);
    }

    void addRow() {
        if (type.getValue() == null || quantity.getValue() == null || quantity.getValue() < 1) {
            quantity.setInvalid(true);
            quantity.setErrorMessage(getTranslation("holdings.required"));
            return;
        }
        quantity.setInvalid(false);
        EquipmentType chosen = type.getValue();
        int already = rows.stream().filter(row -> row.getEquipmentType().equals(chosen))
                .mapToInt(EquipmentHolding::getQuantity).sum();
        rows.removeIf(row -> row.getEquipmentType().equals(chosen));
        rows.add(new EquipmentHolding(chosen, already + quantity.getValue()));
        type.clear();
        quantity.clear();
        changed();
    }

    void removeRow(EquipmentHolding holding) {
        rows.remove(holding);
        changed();
    }

    private void changed() {
        grid.setItems(rows);
        updateValue();
    }

    @Override
    protected List<EquipmentHolding> generateModelValue() {
        return new ArrayList<>(rows);
    }

    @Override
    protected void setPresentationValue(List<EquipmentHolding> value) {
        rows.clear();
        if (value != null) {
            rows.addAll(value);
        }
        grid.setItems(rows);
    }
}
