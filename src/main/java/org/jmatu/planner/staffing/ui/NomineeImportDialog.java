package org.jmatu.planner.staffing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.staffing.importing.ImportProblem;
import org.jmatu.planner.staffing.importing.ImportResult;
import org.jmatu.planner.staffing.importing.NomineeColumn;
import org.jmatu.planner.staffing.importing.NomineeImportService;
import org.jmatu.planner.staffing.importing.NomineeTemplates;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Message;
import org.jmatu.planner.ui.Notices;
import org.jmatu.planner.ui.UploadTexts;
import org.springframework.security.access.AccessDeniedException;

/**
 * Imports a nominee list from a CSV file or an Excel workbook: what the columns mean, templates to fill in, the
 * upload, and then either how many nominees came in or every problem found (nothing is imported then).
 */
class NomineeImportDialog extends Dialog {

    private static final String CSV_TYPE = "text/csv";

    final Upload upload;
    final Span summary = new Span();
    final Grid<ImportProblem> problems = new Grid<>();

    NomineeImportDialog(NomineeImportService importer, Runnable onImported) {
        setHeaderTitle(getTranslation("import.title"));
        setWidth("min(64rem, 95vw)");

        upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            // the upload arrives outside the UI's lock: import first, then show the result under the lock
            ImportResult result = importResult(() -> importer.importNominees(metadata.fileName(), data));
            getUI().ifPresent(ui -> ui.access(() -> show(result, onImported)));
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(NomineeImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx", CSV_TYPE, NomineeTemplates.XLSX_CONTENT_TYPE);
        upload.setI18n(UploadTexts.current());
        upload.addFileRejectedListener(event -> Notices.error(getTranslation("import.rejected", event.getErrorMessage(),
                NomineeImportService.MAX_BYTES / (1024 * 1024))));

        problems.addColumn(ImportProblem::row).setHeader(getTranslation("import.row")).setWidth("5em").setFlexGrow(0);
        problems.addColumn(ImportProblem::id).setHeader(getTranslation("import.id")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportProblem::column).setHeader(getTranslation("import.column")).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> problem.why().text()).setHeader(getTranslation("import.problem"));
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        summary.addClassName("import-summary");

        add(new VerticalLayout(
                new Paragraph(getTranslation("import.explanation", NomineeImportService.MAX_ROWS,
                        NomineeImportService.MAX_BYTES / (1024 * 1024))),
                columns(),
                new HorizontalLayout(new Span(getTranslation("import.templates")),
                        template(getTranslation("import.template.csv"), NomineeTemplates.CSV_NAME, CSV_TYPE, NomineeTemplates::csv),
                        template(getTranslation("import.template.xlsx"), NomineeTemplates.XLSX_NAME, NomineeTemplates.XLSX_CONTENT_TYPE,
                                NomineeTemplates::xlsx)),
                upload, summary, problems));
        getFooter().add(new Button(getTranslation("editor.close"), event -> close()));
    }

    /** Whether the signed-in user may import at all; the service refuses everyone else anyway. */
    static boolean mayImport() {
        return CurrentUser.hasRole(Role.PLANNER) || CurrentUser.hasRole(Role.LIAISON);
    }

    private static ImportResult importResult(Supplier<ImportResult> importing) {
        try {
            return importing.get();
        } catch (AccessDeniedException e) {
            return new ImportResult(0, 0, List.of(new ImportProblem(null, null, "",
                    Message.of("import.refused", e.getMessage()))), 0);
        }
    }

    private void show(ImportResult result, Runnable onImported) {
        summary.setText(summary(result));
        problems.setItems(result.problems());
        problems.setVisible(!result.isImported());
        if (result.isImported()) {
            Notices.success(summary(result));
            onImported.run();
        }
        upload.clearFileList();
    }

    /** "12 nominees imported (10 new, 2 updated)" or "Nothing imported: 3 problems to fix in the file". */
    private String summary(ImportResult result) {
        return result.isImported()
                ? getTranslation("import.imported", result.created() + result.updated(), result.created(), result.updated())
                : getTranslation("import.nothing", result.problems().size() + result.omitted());
    }

    private static Grid<NomineeColumn> columns() {
        Grid<NomineeColumn> grid = new Grid<>();
        grid.addColumn(NomineeColumn::header).setHeader(I18n.t("import.column")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(column -> column.required() ? I18n.t("import.required") : I18n.t("import.optional")).setHeader("").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(NomineeColumn::example).setHeader(I18n.t("import.example")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(column -> I18n.t("import.column." + column.name())).setHeader(I18n.t("import.meaning"));
        grid.setItems(NomineeColumn.values());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Anchor template(String text, String fileName, String type, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), text);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
