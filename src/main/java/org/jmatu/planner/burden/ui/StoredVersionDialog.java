package org.jmatu.planner.burden.ui;

import com.vaadin.flow.server.VaadinService;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jmatu.planner.shared.EditHistory;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.VersionedEntity;
import org.jmatu.planner.ui.ConflictFrame;
import org.springframework.security.access.AccessDeniedException;

/**
 * Someone else saved the cost model or the agreed shares while the user edited them: nothing of the user's is
 * stored yet. Shows the user's figures beside the stored ones and who saved what meanwhile, then lets the user take
 * the stored version or put all their figures over it (the figures hang together, so they are not merged one by one).
 */
class StoredVersionDialog extends ConflictFrame {

    StoredVersionDialog(String noun, Map<String, String> mine, Map<String, String> stored, VersionedEntity record,
                        Instant since, Runnable takeStored, Runnable overwrite) {
        this(noun, rows(mine, stored), history(record, since), takeStored, overwrite);
    }

    private StoredVersionDialog(String noun, List<Row> rows, List<String> history, Runnable takeStored,
                                Runnable overwrite) {
        super(I18n.t("burden.conflict.title", noun),
                I18n.t("burden.conflict.explanation", rows.stream().filter(Row::differs).count()), rows, false,
                history, takeStored, overwrite);
        addClassName("stored-version-dialog");
    }

    private static List<Row> rows(Map<String, String> mine, Map<String, String> stored) {
        Set<String> figures = new LinkedHashSet<>(stored.keySet());
        figures.addAll(mine.keySet());
        return figures.stream().map(figure -> new Row(figure, shown(mine.get(figure)), shown(stored.get(figure)),
                shown(mine.get(figure)))).toList();
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
