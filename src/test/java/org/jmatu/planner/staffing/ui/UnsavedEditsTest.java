package org.jmatu.planner.staffing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.Test;

/** Issue 15, defect 10: Escape closed an editor and lost what had been typed, without asking. */
class UnsavedEditsTest extends KaribuTest {

    @Test
    void escapeOnAnEditorWithUnsavedEditsAsksBeforeDiscardingThem() {
        SkillsView view = open(SkillsView.class);
        click("New skill");
        _setValue(view.name, "Typed but not saved");

        pressEscape(view.editor);
        assertThat(view.editor.isOpened()).isTrue();
        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(question.isOpened()).isTrue();

        ConfirmDialogKt._fireConfirm(question);
        assertThat(view.editor.isOpened()).isFalse();
    }

    @Test
    void escapeOnAnUntouchedEditorClosesItAtOnce() {
        SkillsView view = open(SkillsView.class);
        click("New skill");
        pressEscape(view.editor);
        assertThat(view.editor.isOpened()).isFalse();
    }

    /** What the browser sends when Escape is pressed on an open dialog. */
    private static void pressEscape(Dialog dialog) {
        ComponentUtil.fireEvent(dialog, new Dialog.DialogCloseActionEvent(dialog, true));
    }
}
