package org.jmatu.planner.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder.Binding;
import org.jmatu.planner.shared.I18n;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Someone else saved the record while the user edited it. Shows both versions field by field, who saved what
 * meanwhile, and lets the user choose: take the stored version, or put the fields they changed onto it and save
 * again, which keeps the other person's changes to every field this user left alone.
 */
class ConflictDialog<T> extends ConflictFrame {

    ConflictDialog(String noun, EntityBinder<T> binder, Set<Binding<T, ?>> touched, T stored, List<String> history,
                   Consumer<T> keepTheirs, Consumer<T> overwrite) {
        this(noun, rows(binder, touched, stored), history, () -> keepTheirs.accept(stored),
                () -> overwrite.accept(stored));
    }

    private ConflictDialog(String noun, List<Row> rows, List<String> history, Runnable keepTheirs, Runnable overwrite) {
        super(I18n.t("conflict.title", noun), I18n.t("conflict.explanation", rows.stream().filter(Row::differs).count()),
                rows, true, history, keepTheirs, overwrite);
    }

    /** A row per bound field; where this user changed it ({@code touched}), their value is what an overwrite stores. */
    private static <T> List<Row> rows(EntityBinder<T> binder, Set<Binding<T, ?>> touched, T stored) {
        return binder.allBindings().stream().map(binding -> {
            String mine = Formats.value(binding.getField().getValue());
            String theirs = Formats.value(binding.getGetter().apply(stored));
            return new Row(label(binding.getField()), mine, theirs, touched.contains(binding) ? mine : theirs);
        }).toList();
    }

    private static String label(HasValue<?, ?> field) {
        return field instanceof HasLabel labelled && labelled.getLabel() != null ? labelled.getLabel() : "";
    }
}
