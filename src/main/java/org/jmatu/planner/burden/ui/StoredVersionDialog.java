package org.jmatu.planner.burden.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.VaadinService;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jmatu.planner.shared.EditHistory;
import org.jmatu.planner.shared.VersionedEntity;
import org.springframework.security.access.AccessDeniedException;

/**
 * Someone else saved the cost model or the agreed shares while the user edited them: nothing of the user's is
 * stored yet. Shows the user's figures beside the stored ones and who saved what meanwhile, then lets the user take
 * the stored version or put all their figures over it.
 */
class StoredVersionDialog extends Dialog {

    /** One figure in both versions. */
    record Row(String figure, String mine, String stored) {
        boolean differs() {
            return !Objects.equals(mine, stored);
        }
    }

    final Grid<Row> comparison = new Grid<>();

    StoredVersionDialog(String noun, Map<String, String> mine, Map<String, String> stored, VersionedEntity record,
                        Instant since, Runnable takeStored, Runnable overwrite) {
        addClassName("stored-version-dialog");
        setHeaderTitle(getTranslation("burden.conflict.title", noun));
        setCloseOnOutsideClick(false);
        setWidth("min(56em, 95vw)");
        Set<String> figures = new LinkedHashSet<>(stored.keySet());
        figures.addAll(mine.keySet());
        List<Row> rows = figures.stream().map(figure -> new Row(figure, shown(mine.get(figure)),
                shown(stored.get(figure)))).toList();
        comparison.addColumn(Row::figure).setHeader(getTranslation("conflict.field")).setAutoWidth(true).setFlexGrow(0);
        comparison.addColumn(Row::mine).setHeader(getTranslation("conflict.mine"));
        comparison.addColumn(Row::stored).setHeader(getTranslation("conflict.stored"));
        comparison.setPartNameGenerator(row -> row.differs() ? "conflict-differs" : null);
        comparison.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        comparison.setItems(rows);
        comparison.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("burden.conflict.explanation", rows.stream().filter(Row::differs).count())));
        List<String> history = history(record, since);
        if (!history.isEmpty()) {
            UnorderedList saved = new UnorderedList();
            saved.addClassName("conflict-history");
            history.forEach(line -> saved.add(new ListItem(line)));
            add(new Paragraph(getTranslation("conflict.history")), saved);
        }
        add(comparison);
        Button theirs = new Button(getTranslation("conflict.keep-theirs"), event -> {
            close();
            takeStored.run();
        });
        Button mineOver = new Button(getTranslation("conflict.overwrite"), event -> {
            close();
            overwrite.run();
        });
        mineOver.addThemeVariants(ButtonVariant.LUMO_ERROR);
        getFooter().add(theirs, mineOver);
    }

    private static String shown(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    /** Who saved what since the user read the record, from the audit trail where their role may read it. */
    private static List<String> history(VersionedEntity record, Instant since) {
        try {
            return VaadinService.getCurrent().getInstantiator().getOrCreate(EditHistory.class)
                    .changesSince(record, since);
        } catch (AccessDeniedException notForThisRole) {
            return List.of();
        }
    }
}
