package org.jmatu.planner.growth.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jmatu.planner.audit.Change;
import org.jmatu.planner.ui.ConflictFrame;

/**
 * Someone else saved the growth phases after this page read them: this planner's change was not stored (the phases are
 * saved as a set, so theirs would have been overwritten). Says so, lists what was saved meanwhile and by whom, and
 * reloads the phases as stored, on which the planner makes the change again.
 */
class PhaseConflictDialog extends Dialog {

    static final String CLASS_NAME = "growth-conflict";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    final Button reload = new Button(getTranslation("growth.conflict.reload"));

    PhaseConflictDialog(List<Change> meanwhile, Runnable onReload) {
        addClassName(CLASS_NAME);
        setHeaderTitle(getTranslation("growth.conflict.title"));
        setCloseOnOutsideClick(false);
        setWidth("min(44em, 95vw)");
        add(new Paragraph(getTranslation("growth.conflict")));
        ConflictFrame.addHistory(this, meanwhile.stream().map(change -> change.username() + ", "
                + WHEN.format(change.when()) + ": " + change.record() + " ("
                + getTranslation("audit.action." + change.action()) + ")"
                + (change.what().isEmpty() ? "" : " " + change.what())).toList());
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reload.addClickListener(event -> {
            close();
            onReload.run();
        });
        getFooter().add(reload);
    }
}
