package org.jmatu.planner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Objects;

/**
 * What every edit-conflict dialog shows: someone else saved the record while the user edited it, so nothing of the
 * user's is stored yet. The user's values beside the stored ones (and what an overwrite would store, where that is a
 * merge), who saved what meanwhile, and the choice: take the stored version, or overwrite it. Nothing is written
 * until they choose.
 */
public class ConflictFrame extends Dialog {

    /** One field in both versions, and what "Overwrite with mine" stores in it. */
    public record Row(String field, String mine, String stored, String merged) {
        public boolean differs() {
            return !Objects.equals(mine, stored);
        }
    }

    public final Grid<Row> comparison = new Grid<>();

    /**
     * @param showMerged whether an overwrite merges (a column says what it stores per field) rather than puts all of
     *                   the user's values over the stored ones
     * @param history    who saved what since the user read the record, a line each (none where their role may not
     *                   read the audit trail)
     */
    protected ConflictFrame(String title, String explanation, List<Row> rows, boolean showMerged, List<String> history,
                            Runnable keepTheirs, Runnable overwrite) {
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        setWidth("min(56em, 95vw)");
        comparison.addColumn(Row::field).setHeader(getTranslation("conflict.field")).setAutoWidth(true).setFlexGrow(0);
        comparison.addColumn(Row::mine).setHeader(getTranslation("conflict.mine"));
        comparison.addColumn(Row::stored).setHeader(getTranslation("conflict.stored"));
        if (showMerged) {
            comparison.addColumn(Row::merged).setHeader(getTranslation("conflict.merged"));
        }
        comparison.setPartNameGenerator(row -> row.differs() ? "conflict-differs" : null);
        comparison.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        comparison.setItems(rows);
        comparison.setAllRowsVisible(true);
        add(new Paragraph(explanation));
        addHistory(this, history);
        add(comparison);

        Button theirs = new Button(getTranslation("conflict.keep-theirs"), event -> {
            close();
            keepTheirs.run();
        });
        Button mine = new Button(getTranslation("conflict.overwrite"), event -> {
            close();
            overwrite.run();
        });
        mine.addThemeVariants(ButtonVariant.LUMO_ERROR);
        getFooter().add(theirs, mine);
    }

    /** Adds "Saved meanwhile:" and the lines of {@code history} to {@code dialog}; nothing when there are none. */
    public static void addHistory(Dialog dialog, List<String> history) {
        if (history.isEmpty()) {
            return;
        }
        UnorderedList saved = new UnorderedList();
        saved.addClassName("conflict-history");
        history.forEach(line -> saved.add(new ListItem(line)));
        dialog.add(new Paragraph(dialog.getTranslation("conflict.history")), saved);
    }
}
