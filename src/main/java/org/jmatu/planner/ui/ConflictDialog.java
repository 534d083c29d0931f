package org.jmatu.planner.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.binder.Binder.Binding;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Someone else saved the record while the user edited it. Shows both versions field by field, who saved what
 * meanwhile, and lets the user choose: take the stored version, or put the fields they changed onto it and save
 * again, which keeps the other person's changes to every field this user left alone. Nothing is written until
 * they choose.
 */
class ConflictDialog<T> extends Dialog {

    /** One field in both versions; {@code touched} when this user changed it, so that their value wins. */
    record Row(String field, String mine, String theirs, boolean touched) {
        boolean differs() {
            return !Objects.equals(mine, theirs);
        }

        /** What "Overwrite with mine" stores in this field. */
        String merged() {
            return touched ? mine : theirs;
        }
    }

    private final Grid<Row> comparison = new Grid<>();

    ConflictDialog(String noun, EntityBinder<T> binder, Set<Binding<T, ?>> touched, T stored, List<String> history,
                   Consumer<T> keepTheirs, Consumer<T> overwrite) {
        setHeaderTitle(getTranslation("conflict.title", noun));
        setCloseOnOutsideClick(false);
        setWidth("min(56em, 95vw)");

        List<Row> rows = binder.allBindings().stream()
                .map(binding -> new Row(label(binding.getField()), Formats.value(binding.getField().getValue()),
                        Formats.value(binding.getGetter().apply(stored)), touched.contains(binding)))
                .toList();
        comparison.addColumn(Row::field).setHeader(getTranslation("conflict.field")).setAutoWidth(true).setFlexGrow(0);
        comparison.addColumn(Row::mine).setHeader(getTranslation("conflict.mine"));
        comparison.addColumn(Row::theirs).setHeader(getTranslation("conflict.stored"));
        comparison.addColumn(Row::merged).setHeader(getTranslation("conflict.merged"));
        comparison.setPartNameGenerator(row -> row.differs() ? "conflict-differs" : null);
        comparison.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        comparison.setItems(rows);
        comparison.setAllRowsVisible(true);

        long differing = rows.stream().filter(Row::differs).count();
        add(new Paragraph(getTranslation("conflict.explanation", differing)));
        if (!history.isEmpty()) {
            UnorderedList saved = new UnorderedList();
            saved.addClassName("conflict-history");
            history.forEach(line -> saved.add(new ListItem(line)));
            add(new Paragraph(getTranslation("conflict.history")), saved);
        }
        add(comparison);

        Button theirs = new Button(getTranslation("conflict.keep-theirs"), event -> {
            close();
            keepTheirs.accept(stored);
        });
        Button mine = new Button(getTranslation("conflict.overwrite"), event -> {
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
