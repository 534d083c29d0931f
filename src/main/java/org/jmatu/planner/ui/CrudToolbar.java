package org.jmatu.planner.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The row above a list: its filters on the left, the button that creates a new record on the right. */
public final class CrudToolbar extends HorizontalLayout {

    private final Button create;

    public CrudToolbar(String newLabel, Runnable onNew, Component... filters) {
        setWidthFull();
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(filters);
        create = new Button(newLabel, VaadinIcon.PLUS.create(), event -> onNew.run());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout spacer = new HorizontalLayout();
        setFlexGrow(1, spacer);
        add(spacer, create);
    }

    /**
     * Offers the New button and editable forms only to those who may change the records: a reader gets the list
     * and read-only forms, since offering what the service would refuse on Save only surprises them.
     */
    public void allowEditing(boolean editable, EditorDialog<?>... editors) {
        create.setVisible(editable);
        for (EditorDialog<?> editor : editors) {
            editor.setEditable(editable);
        }
    }
}
