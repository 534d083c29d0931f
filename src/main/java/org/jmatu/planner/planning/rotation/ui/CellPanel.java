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

    final Div title = new Div();
    final VerticalLayout reasons = new VerticalLayout();
    final Grid<NomineeOption> nominees = new Grid<>();
    final Button assign;
    final Button pin;

    /** {@code editable} tells whether a cell is selected and no solve is running, when a nominee is picked. */
    CellPanel(Runnable onAssign, Runnable onTogglePin, BooleanSupplier editable) {
        assign = new Button(getTranslation("roster.cell.assign"), event -> onAssign.run());
        pin = new Button(getTranslation("roster.cell.pin"), event -> onTogglePin.run());
        nominees.addColumn(option -> option.person() == null ? getTranslation("roster.cell.leave-unfilled")
                        : option.person().label())
                .setHeader(getTranslation("roster.cell.nominee")).setFlexGrow(3);
        nominees.addColumn(option -> ScoreWords.change(HardMediumSoftScore.parseScore(option.change())))
                .setHeader(getTranslation("roster.cell.effect")).setFlexGrow(2);
        nominees.setHeight("16rem");
        assign.setEnabled(false);
        pin.setEnabled(false);
        nominees.addSelectionListener(event -> assign.setEnabled(event.getFirstSelectedItem().isPresent()
                && editable.getAsBoolean()));
        reasons.setPadding(false);
        title.setText(getTranslation("roster.cell.prompt"));
        add(title, reasons, new H3(getTranslation("roster.cell.eligible")), nominees,
                new HorizontalLayout(assign, pin));
        setPadding(false);
    }

    void clear() {
        reasons.removeAll();
        title.setText(getTranslation("roster.cell.prompt"));
        nominees.setItems(List.of());
        pin.setEnabled(false);
    }

    void show(RotationSlot slot, List<String> slotReasons, boolean solving, List<NomineeOption> options) {
        reasons.removeAll();
        PersonFact person = slot.getPerson();
        title.setText(getTranslation(slot.isPinned() ? "roster.cell.title.pinned" : "roster.cell.title", slot.label(),
                person == null ? getTranslation("roster.unfilled") : person.label()));
        slotReasons.forEach(reason -> reasons.add(new Span(reason)));
        pin.setText(getTranslation(slot.isPinned() ? "roster.cell.unpin" : "roster.cell.pin"));
        pin.setEnabled(!solving);
        nominees.setItems(options);
    }
}
