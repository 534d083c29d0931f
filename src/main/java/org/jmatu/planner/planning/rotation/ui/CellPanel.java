package org.jmatu.planner.planning.rotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.solver.NomineeOption;
import org.jmatu.planner.planning.support.ScoreWords;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** The selected cell: who holds it and why it scores as it does, the eligible nominees, assign and pin. */
class CellPanel extends VerticalLayout {

    private static final String PROMPT = "Select a cell of the roster.";

    final Div title = new Div();
    final VerticalLayout reasons = new VerticalLayout();
    final Grid<NomineeOption> nominees = new Grid<>();
    final Button assign;
    final Button pin;

    /** {@code editable} tells whether a cell is selected and no solve is running, when a nominee is picked. */
    CellPanel(Runnable onAssign, Runnable onTogglePin, BooleanSupplier editable) {
        assign = new Button("Assign and pin", event -> onAssign.run());
        pin = new Button("Pin", event -> onTogglePin.run());
        nominees.addColumn(option -> option.person() == null ? "(leave unfilled)" : option.person().label())
                .setHeader("Nominee").setFlexGrow(3);
        nominees.addColumn(option -> ScoreWords.change(HardMediumSoftScore.parseScore(option.change())))
                .setHeader("Effect on the roster").setFlexGrow(2);
        nominees.setHeight("16rem");
        assign.setEnabled(false);
        pin.setEnabled(false);
        nominees.addSelectionListener(event -> assign.setEnabled(event.getFirstSelectedItem().isPresent()
                && editable.getAsBoolean()));
        reasons.setPadding(false);
        title.setText(PROMPT);
        add(title, reasons, new H3("Eligible nominees"), nominees, new HorizontalLayout(assign, pin));
        setPadding(false);
    }

    void clear() {
        reasons.removeAll();
        title.setText(PROMPT);
        nominees.setItems(List.of());
        pin.setEnabled(false);
    }

    void show(RotationSlot slot, List<String> slotReasons, boolean solving, List<NomineeOption> options) {
        reasons.removeAll();
        PersonFact person = slot.getPerson();
        title.setText(slot.label() + ": " + (person == null ? "unfilled" : person.label())
                + (slot.isPinned() ? ", pinned" : ""));
        slotReasons.forEach(reason -> reasons.add(new Span(reason)));
        pin.setText(slot.isPinned() ? "Unpin" : "Pin");
        pin.setEnabled(!solving);
        nominees.setItems(options);
    }
}
