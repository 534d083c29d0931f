package org.jmatu.planner.planning.rotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.ui.Pickers;

/** Re-planning after a drop-out: who leaves and from which date. */
class ReplanPanel extends VerticalLayout {

    final ComboBox<PersonFact> person = new ComboBox<>("Person dropping out");
    final DatePicker from = Pickers.date("Unavailable from");
    final Button replan;

    ReplanPanel(Runnable onReplan) {
        replan = new Button("Re-plan", event -> onReplan.run());
        person.setItemLabelGenerator(PersonFact::label);
        add(new Span("Mark a person unavailable from a date; the solver"
                + " repairs the roster from that date on, keeps earlier periods and changes as little as possible"
                + " from the published plan. Changed cells are marked."), person, from, replan);
        setPadding(false);
    }
}
