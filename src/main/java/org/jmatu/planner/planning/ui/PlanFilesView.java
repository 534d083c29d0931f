package org.jmatu.planner.planning.ui;

import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jmatu.planner.planning.CurrentPlanService;
import org.jmatu.planner.scenario.PlanFiles;
import org.jmatu.planner.scenario.ScenarioExporter;
import org.jmatu.planner.scenario.ScenarioFiles;

/**
 * Scenario and plan files (SCENARIO.md, format 1) to exchange with nations and other HQs: the current data
 * as a scenario file, and the current plan (the roster the HQ works to and the latest calendar) as a plan
 * file. Both are the files the command line's {@code solve} and {@code check} read.
 */
@RolesAllowed({"PLANNER", "COMMANDER"})
@Route("files")
@PageTitle("Scenario and plan files")
@Menu(title = "Scenario and plan files", order = 4, icon = "vaadin:download")
public class PlanFilesView extends VerticalLayout {

    final Anchor scenarioFile;
    final Anchor planFile;

    public PlanFilesView(ScenarioExporter scenarios, CurrentPlanService plans) {
        scenarioFile = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = scenarios.current().map(ScenarioFiles::write).orElse("").getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(scenarios.current()
                    .map(scenario -> scenario.name()).orElse("scenario"), "scenario"), "application/json",
                    bytes.length);
        }), "Download scenario file");
        scenarioFile.getElement().setAttribute("download", true);
        planFile = new Anchor(DownloadHandler.fromInputStream(event -> {
            var plan = plans.current();
            byte[] bytes = plan.map(PlanFiles::write).orElse("").getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    fileName(plan.map(p -> p.scenario()).orElse("plan"), "plan"), "application/json", bytes.length);
        }), "Download plan file");
        planFile.getElement().setAttribute("download", true);

        boolean ready = scenarios.current().isPresent();
        scenarioFile.setEnabled(ready);
        planFile.setEnabled(ready);
        add(new H2("Scenario and plan files"),
                new Paragraph("Files in the exchange format of the unit (jmatu-scenario/1 and jmatu-plan/1), for"
                        + " nations and other HQs, and for the command line's solve and check commands."),
                new H3("Scenario"),
                new Paragraph("Everything a plan is made from: horizon, nations, establishment, nominees, equipment,"
                        + " companies, training areas, exercises, blackouts and pins, as they are now."),
                scenarioFile,
                new H3("Plan"),
                new Paragraph("The roster the HQ works to (the latest published version, else the newest draft), the"
                        + " latest exercise calendar, the gaps with their reasons, and the combined score of both as"
                        + " they score against today's data."),
                planFile);
        if (!ready) {
            add(new Paragraph("No planning horizon is set up yet: there is nothing to download."));
        }
    }

    /** "battalion-2027-2029.scenario.json" from the scenario's name. */
    static String fileName(String name, String kind) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? kind : slug) + "." + kind + ".json";
    }
}
