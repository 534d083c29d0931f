package org.jmatu.planner.staffing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.staffing.importing.ImportProblem;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.Test;

/** Uploading nominee lists through the personnel view's dialog, as a liaison officer does. */
class NomineeImportDialogTest extends KaribuTest {

    private static final String HEADER = "id,name,nation,rank,english,skills,available_from,available_to\n";

    @Test
    void aGoodListImportsAndThePersonnelGridShowsItsNominees() {
        Nation own = data.nation();
        signIn(SignedInAs.liaison(own.getCode()));
        PersonnelView view = open(PersonnelView.class);

        NomineeImportDialog dialog = upload("nominees.csv", HEADER
                + ",First Officer," + own.getCode() + ",OF-2,3,,2027-01-01,2029-12-31\n"
                + ",Second Officer," + own.getCode() + ",OR-7,2,,2027-01-01,2029-12-31\n");

        assertThat(dialog.summary.getText()).isEqualTo("2 nominees imported (2 new, 0 updated)");
        assertThat(dialog.problems.isVisible()).isFalse();
        assertThat(notificationTexts()).contains("2 nominees imported (2 new, 0 updated)");
        _setValue(view.textFilter, own.getCode() + "-");
        assertThat(GridKt._findAll(view.grid)).extracting(person -> person.getName())
                .containsExactly("First Officer", "Second Officer");
    }

    @Test
    void aBadListShowsEveryProblemAndImportsNothing() {
        Nation own = data.nation();
        Nation other = data.nation();
        signIn(SignedInAs.liaison(own.getCode()));
        PersonnelView view = open(PersonnelView.class);

        NomineeImportDialog dialog = upload("nominees.csv", HEADER
                + ",Good Officer," + own.getCode() + ",OF-2,3,,2027-01-01,2029-12-31\n"
                + "X-7,Other Officer," + other.getCode() + ",OF-2,3,,2029-01-01,2027-12-31\n");

        assertThat(dialog.summary.getText()).isEqualTo("Nothing imported: 2 problems to fix in the file");
        assertThat(dialog.problems.isVisible()).isTrue();
        assertThat(GridKt._findAll(dialog.problems)).extracting(ImportProblem::toString).containsExactly(
                "row 3 (X-7): available_to 2027-12-31 is before available_from 2029-01-01",
                "row 3 (X-7): nation " + other.getCode() + " is not yours (" + own.getCode() + ")");
        assertThat(GridKt._getFormattedRow(dialog.problems, 0)).containsExactly("3", "X-7", "available_to",
                "2027-12-31 is before available_from 2029-01-01");
        _setValue(view.textFilter, own.getCode() + "-");
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void aNameWrittenAsMarkupImportsAndShowsAsText() {
        Nation nation = data.nation();
        PersonnelView view = open(PersonnelView.class);

        upload("nominees.csv", HEADER + ",\"" + NomineeNameIsTextTest.SCRIPTED + "\"," + nation.getCode()
                + ",OF-2,3,,2027-01-01,2029-12-31\n");

        _setValue(view.textFilter, nation.getCode() + "-");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0).get(1)).isEqualTo(NomineeNameIsTextTest.SCRIPTED);
        assertThat(_find(Html.class)).isEmpty();
    }

    @Test
    void aCommanderIsNotOfferedTheImport() {
        signIn(SignedInAs.commander());
        open(PersonnelView.class);
        assertThat(_find(Button.class, spec -> spec.withText("Import nominees"))).isEmpty();
    }

    private static NomineeImportDialog upload(String fileName, String content) {
        click("Import nominees");
        UploadKt._upload(_get(Upload.class), fileName, "text/csv", content.getBytes(StandardCharsets.UTF_8));
        return _get(NomineeImportDialog.class);
    }
}
