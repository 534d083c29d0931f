package org.jmatu.planner.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Someone else saved the record while the user edited it. Shows both versions field by field and lets the
 * user choose: take the stored version, or put their own values onto it and save again. Nothing is written
 * until they choose.
 */
class ConflictDialog<T> extends Dialog {

    /** One field in both versions. */
    record Row(String field, String mine, String theirs) {
        boolean differs() {
            return !Objects.equals(mine, theirs);
        }
    }

    private final Grid<Row> comparison = new Grid<>();

    ConflictDialog(String noun, EntityBinder<T> binder, T stored, Consumer<T> keepTheirs, Consumer<T> overwrite) {
        setHeaderTitle("This " + noun + " was changed by someone else");
        setCloseOnOutsideClick(false);
        setWidth("min(56em, 95vw)");

        List<Row> rows = binder.allBindings().stream()
                .map(binding -> new Row(label(binding.getField()), Formats.value(binding.getField().getValue()),
                        Formats.value(binding.getGetter().apply(stored))))
                .toList();
        comparison.addColumn(Row::field).setHeader("Field").setAutoWidth(true).setFlexGrow(0);
        comparison.addColumn(Row::mine).setHeader("Your values");
        comparison.addColumn(Row::theirs).setHeader("Stored now");
        comparison.setPartNameGenerator(row -> row.differs() ? "conflict-differs" : null);
        comparison.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        comparison.setItems(rows);
        comparison.setAllRowsVisible(true);

        long differing = rows.stream().filter(Row::differs).count();
        add(new Paragraph("Your save was not stored. " + differing
                + " field(s) differ between your values and the version stored now. Choose which to keep."),
                comparison);

        Button theirs = new Button("Keep theirs (reload)", event -> {
            close();
            keepTheirs.accept(stored);
        });
        Button mine = new Button("Overwrite with mine", event -> {
            close();
            overwrite.accept(stored);
        });
        mine.addThemeVariants(ButtonVariant.LUMO_ERROR);
        getFooter().add(theirs, mine);
    }

    private static String label(HasValue<?, ?> field) {
        return field instanceof HasLabel labelled && labelled.getLabel() != null ? labelled.getLabel() : "";
    }
}
