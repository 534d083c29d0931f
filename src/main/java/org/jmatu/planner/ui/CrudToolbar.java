package org.jmatu.planner.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The row above a list: its filters on the left, the button that creates a new record on the right. */
public final class CrudToolbar extends HorizontalLayout {

    public CrudToolbar(String newLabel, Runnable onNew, Component... filters) {
        setWidthFull();
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(filters);
        Button create = new Button(newLabel, VaadinIcon.PLUS.create(), event -> onNew.run());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout spacer = new HorizontalLayout();
        setFlexGrow(1, spacer);
        add(spacer, create);
    }
}
