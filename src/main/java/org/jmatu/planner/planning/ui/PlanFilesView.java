package org.jmatu.planner.planning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.jmatu.planner.datasets.DataSet;
import org.jmatu.planner.datasets.DataSetService;
import org.jmatu.planner.datasets.ScenarioImport;
import org.jmatu.planner.planning.CurrentPlanService;
import org.jmatu.planner.planning.PlanUploadService;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.scenario.file.PlanFiles;
import org.jmatu.planner.scenario.file.ScenarioFiles;
import org.jmatu.planner.scenario.file.ValidationReport;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.shared.Message;
import org.jmatu.planner.ui.UploadTexts;

/**
 * Scenario and plan files (docs/file-formats.md, format 1) to exchange with nations and other HQs: the current data
 * as a scenario file, and the current plan (the roster the HQ works to and the latest calendar) as a plan
 * file. Both are the files the command line's {@code solve} and {@code check} read. Planners also upload: a
 * scenario file into a new data set, and a plan file onto the data set they work on.
 */
@RolesAllowed({"PLANNER", "COMMANDER"})
@Route("files")
@Menu(title = "Scenario and plan files", order = 4, icon = "vaadin:download")
public class PlanFilesView extends VerticalLayout implements HasDynamicTitle {

    /** Big enough for a brigade's scenario with room to spare; the file readers refuse what is too big to read. */
    static final int MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

    final Anchor scenarioFile;
    final Anchor planFile;
    final TextField dataSetName = new TextField(getTranslation("files.data-set-name"));
    final Upload scenarioUpload;
    final FileReport scenarioReport = new FileReport();
    final Paragraph scenarioResult = new Paragraph();
    final Button switchToNew = new Button(getTranslation("files.work-on-it"));
    final Upload planUpload;
    final FileReport planReport = new FileReport();
    final Paragraph planResult = new Paragraph();

    private final DataSetService dataSets;
    private final PlanUploadService planUploads;
    private DataSet created;

    public PlanFilesView(ScenarioExporter scenarios, CurrentPlanService plans, DataSetService dataSets,
                         PlanUploadService planUploads) {
        this.dataSets = dataSets;
        this.planUploads = planUploads;
        scenarioFile = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = scenarios.forFile().map(ScenarioFiles::write).orElse("").getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(scenarios.current()
                    .map(scenario -> scenario.name()).orElse("scenario"), "scenario"), "application/json",
                    bytes.length);
        }), getTranslation("files.download.scenario"));
        scenarioFile.getElement().setAttribute("download", true);
        planFile = new Anchor(DownloadHandler.fromInputStream(event -> {
            var plan = plans.current();
            byte[] bytes = plan.map(PlanFiles::write).orElse("").getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    fileName(plan.map(p -> p.scenario()).orElse("plan"), "plan"), "application/json", bytes.length);
        }), getTranslation("files.download.plan"));
        planFile.getElement().setAttribute("download", true);

        boolean ready = scenarios.current().isPresent();
        scenarioFile.setEnabled(ready);
        planFile.setEnabled(ready);
        add(new H2(getTranslation("menu.files")),
                new Paragraph(getTranslation("files.intro")),
                new H3(getTranslation("files.scenario")),
                new Paragraph(getTranslation("files.scenario.text")),
                scenarioFile,
                new H3(getTranslation("files.plan")),
                new Paragraph(getTranslation("files.plan.text")),
                planFile);
        if (!ready) {
            add(new Paragraph(getTranslation("files.nothing")));
        }

        scenarioUpload = upload((metadata, bytes) -> importScenario(bytes), scenarioReport);
        planUpload = upload((metadata, bytes) -> importPlan(bytes), planReport);
        if (CurrentUser.hasRole(Role.PLANNER)) {
            addUploads(scenarios.current().map(Scenario::name));
        }
    }

    private void addUploads(Optional<String> scenarioName) {
        dataSetName.setMaxLength(60);
        dataSetName.setWidth("24rem");
        dataSetName.setHelperText(getTranslation("files.data-set-name.help"));
        switchToNew.setVisible(false);
        switchToNew.addClickListener(event -> {
            dataSets.switchTo(created.key());
            UI.getCurrent().refreshCurrentRoute(true);
        });
        add(new H3(getTranslation("files.upload.scenario")),
                new Paragraph(getTranslation("files.upload.scenario.text")),
                dataSetName, scenarioUpload, scenarioReport, new HorizontalLayout(scenarioResult, switchToNew),
                new H3(getTranslation("files.upload.plan")),
                new Paragraph(scenarioName.map(name -> getTranslation("files.upload.plan.text", name))
                        .orElse(getTranslation("files.upload.plan.none"))),
                planUpload, planReport, planResult);
        planUpload.setVisible(scenarioName.isPresent());
    }

    private static Upload upload(InMemoryUploadCallback received, FileReport report) {
        Upload upload = new Upload(UploadHandler.inMemory(received));
        upload.setI18n(UploadTexts.current());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".json", "application/json");
        // the browser refuses these before sending them: a file over 50 MB, or not a .json file
        upload.addFileRejectedListener(event -> report.show(ValidationReport.of("file", "",
                Message.of("files.rejected", event.getErrorMessage()))));
        return upload;
    }

    private void importScenario(byte[] bytes) {
        scenarioResult.setText("");
        switchToNew.setVisible(false);
        ScenarioImport result = dataSets.importScenario(dataSetName.getValue(), new String(bytes, StandardCharsets.UTF_8));
        scenarioReport.show(result.report());
        result.created().ifPresent(dataSet -> {
            created = dataSet;
            scenarioResult.setText(getTranslation("files.data-set-made", dataSet.name(), dataSet.scenarioName()));
            switchToNew.setVisible(true);
            dataSetName.clear();
        });
    }

    private void importPlan(byte[] bytes) {
        planResult.setText("");
        PlanUploadService.PlanUpload result = planUploads.upload(new String(bytes, StandardCharsets.UTF_8));
        planReport.show(result.report());
        result.roster().ifPresent(roster -> planResult.setText(getTranslation(result.calendarSaved()
                ? "files.plan-saved" : "files.plan-saved.no-calendar", roster.label())));
    }

    /** "battalion-2027-2029.scenario.json" from the scenario's name. */
    static String fileName(String name, String kind) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? kind : slug) + "." + kind + ".json";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.files");
    }
}
