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

    final ComboBox<PersonFact> person = new ComboBox<>(getTranslation("roster.replan.person"));
    final DatePicker from = Pickers.date(getTranslation("roster.replan.from"));
    final Button replan;

    ReplanPanel(Runnable onReplan) {
        replan = new Button(getTranslation("roster.replan"), event -> onReplan.run());
        person.setItemLabelGenerator(PersonFact::label);
        add(new Span(getTranslation("roster.replan.help")), person, from, replan);
        setPadding(false);
    }
}
