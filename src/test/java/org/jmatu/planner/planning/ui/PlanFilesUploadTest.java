package org.jmatu.planner.planning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.server.VaadinSession;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.jmatu.planner.datasets.DataSet;
import org.jmatu.planner.datasets.DataSetContext;
import org.jmatu.planner.datasets.DataSetService;
import org.jmatu.planner.planning.CurrentPlanService;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.jmatu.planner.planning.calendar.versions.CalendarVersionService;
import org.jmatu.planner.planning.rotation.versions.RosterVersion;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.scenario.file.PlanFiles;
import org.jmatu.planner.scenario.file.ScenarioFiles;
import org.jmatu.planner.scenario.file.ValidationReport.Problem;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.shared.Language;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Uploads through the files view: a good file makes a data set or a draft, a bad one a report and nothing else. */
@SpringBootTest(properties = "planner.test.context=datasets-view")
class PlanFilesUploadTest extends KaribuTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DataSetService dataSets;

    @Autowired
    ScenarioExporter exporter;

    @Autowired
    CurrentPlanService plans;

    @Autowired
    RosterVersionService rosters;

    @Autowired
    CalendarVersionService calendars;

    private String demoFile;

    @BeforeEach
    void exportTheDemo() {
        demoFile = ScenarioFiles.write(exporter.export());
    }

    @Test
    void aDownloadedScenarioUploadedAsADataSetDownloadsAgainUnchanged() {
        PlanFilesView view = open(PlanFilesView.class);
        String downloaded = download("Download scenario file");

        view.dataSetName.setValue("Round trip through the view");
        UploadKt._upload(view.scenarioUpload, "demo.scenario.json", downloaded.getBytes(StandardCharsets.UTF_8));

        assertThat(view.scenarioReport.isVisible()).isFalse();
        assertThat(view.scenarioResult.getText()).contains("Round trip through the view");
        assertThat(dataSets.find("round-trip-through-the-view")).isPresent();
        view.switchToNew.click();
        assertThat(DataSetContext.current()).isEqualTo("round-trip-through-the-view");
        assertThat(download("Download scenario file")).isEqualTo(downloaded);
    }

    static List<Arguments> badFiles() {
        return List.of(
                Arguments.of("wrong type", edit(root -> person(root, 0).put("english", "fluent")), "english"),
                Arguments.of("unknown reference", edit(root -> person(root, 0).put("nation", "XXX")), "nation"),
                Arguments.of("duplicate id", edit(root -> person(root, 1).put("id", person(root, 0).get("id")
                        .asString())), "id"),
                Arguments.of("missing field", edit(root -> ((ObjectNode) root.get("posts").get(0)).remove("title")),
                        "title"),
                Arguments.of("malformed JSON", (UnaryOperator<String>) text -> text.substring(0, text.length() / 2),
                        ""),
                Arguments.of("50 MB file", (UnaryOperator<String>) text -> text + " ".repeat(50 * 1024 * 1024
                        - text.length()), ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadScenarioFileGetsTheReportAndChangesNothing(String kind, UnaryOperator<String> spoil, String field) {
        List<DataSet> before = dataSets.all();
        PlanFilesView view = open(PlanFilesView.class);
        view.dataSetName.setValue("Bad file " + kind);

        UploadKt._upload(view.scenarioUpload, "bad.scenario.json", spoil.apply(demoFile).getBytes(StandardCharsets.UTF_8));

        assertThat(view.scenarioReport.isVisible()).isTrue();
        assertThat(view.scenarioReport.summary.getText()).startsWith("Nothing was imported");
        List<Problem> shown = GridKt._findAll(view.scenarioReport.problems);
        assertThat(shown).isNotEmpty().anyMatch(problem -> problem.field().equals(field)
                && (field.isEmpty() ? problem.record().equals("file") : problem.record().startsWith(field.equals("title")
                ? "posts[0]" : "personnel[")));
        assertThat(view.switchToNew.isVisible()).isFalse();
        assertThat(dataSets.all()).isEqualTo(before);
        assertThat(ScenarioFiles.write(exporter.export())).isEqualTo(demoFile);
    }

    @Test
    void aFileTheBrowserRefusesIsReportedToo() {
        PlanFilesView view = open(PlanFilesView.class);

        ComponentUtil.fireEvent(view.scenarioUpload, new FileRejectedEvent(view.scenarioUpload, "File is Too Big.",
                "brigade.scenario.json"));

        assertThat(GridKt._findAll(view.scenarioReport.problems)).extracting(Problem::toString)
                .containsExactly("file: File is Too Big. (a .json file of up to 50 MB)");
    }

    @Test
    void aNameAlreadyTakenIsRefused() {
        PlanFilesView view = open(PlanFilesView.class);
        view.dataSetName.setValue("Taken name");
        UploadKt._upload(view.scenarioUpload, "a.json", demoFile.getBytes(StandardCharsets.UTF_8));
        List<DataSet> before = dataSets.all();

        view.dataSetName.setValue("taken  NAME");
        UploadKt._upload(view.scenarioUpload, "b.json", demoFile.getBytes(StandardCharsets.UTF_8));

        assertThat(GridKt._findAll(view.scenarioReport.problems)).extracting(Problem::toString).containsExactly(
                "data set: name 'taken  NAME' is already taken by the data set 'Taken name': choose another name");
        assertThat(dataSets.all()).isEqualTo(before);
    }

    @Test
    void theDemoUnitsNameCannotBeTaken() {
        PlanFilesView view = open(PlanFilesView.class);
        view.dataSetName.setValue("Demo");

        UploadKt._upload(view.scenarioUpload, "a.json", demoFile.getBytes(StandardCharsets.UTF_8));

        assertThat(GridKt._findAll(view.scenarioReport.problems)).extracting(Problem::field).containsExactly("name");
    }

    @Test
    void aPlanOfAnotherScenarioIsRefusedWithAReport() throws Exception {
        ObjectNode plan = (ObjectNode) JSON.readTree(PlanFiles.write(plans.current().orElseThrow()));
        plan.put("scenario", "Another unit 2030");
        List<RosterVersion> rostersBefore = rosters.versions();
        int calendarsBefore = calendars.list().size();
        PlanFilesView view = open(PlanFilesView.class);

        UploadKt._upload(view.planUpload, "other.plan.json", JSON.writeValueAsBytes(plan));

        assertThat(GridKt._findAll(view.planReport.problems)).anyMatch(problem -> problem.record().equals("plan")
                && problem.field().equals("scenario"));
        assertThat(rosters.versions()).isEqualTo(rostersBefore);
        assertThat(calendars.list()).hasSize(calendarsBefore);
    }

    @Test
    void aBadScenarioUploadIsReportedInTheReadersLanguage() {
        VaadinSession.getCurrent().setLocale(Language.RU.locale());
        PlanFilesView view = open(PlanFilesView.class);

        UploadKt._upload(view.scenarioUpload, "bad.scenario.json", edit(root -> {
            person(root, 0).put("nation", "XXX");
            ((ObjectNode) root.get("posts").get(0)).put("rankMin", "OF-11");
        }).apply(demoFile).getBytes(StandardCharsets.UTF_8));

        assertThat(view.scenarioReport.summary.getText()).isEqualTo("Ничего не импортировано: ошибок для исправления — 3.");
        assertThat(formattedRows(view.scenarioReport)).containsExactly(
                List.of("набор данных", "name", "не указано: дайте новому набору данных название"),
                List.of(label("posts", 0, demoFile), "rankMin",
                        "'OF-11' не является званием НАТО (OR-1 … OR-9, OF-1 … OF-9)"),
                List.of(label("personnel", 0, demoFile), "nation", "'XXX' нет в списке стран"));
    }

    @Test
    void aBadPlanUploadIsReportedInTheReadersLanguage() throws Exception {
        ObjectNode plan = (ObjectNode) JSON.readTree(PlanFiles.write(plans.current().orElseThrow()));
        plan.put("scenario", "Another unit 2030");
        ObjectNode row = ((ArrayNode) plan.get("rotation")).addObject();
        row.put("post", "NOPE");
        row.put("period", 0);
        row.putNull("person");
        VaadinSession.getCurrent().setLocale(Language.ZH.locale());
        PlanFilesView view = open(PlanFilesView.class);

        UploadKt._upload(view.planUpload, "other.plan.json", JSON.writeValueAsBytes(plan));

        assertThat(formattedRows(view.planReport)).containsExactly(
                List.of("计划", "scenario", "'Another unit 2030'不是所给的想定'" + exporter.export().name() + "'"),
                List.of("rotation[" + (plan.get("rotation").size() - 1) + "] (NOPE)", "post", "'NOPE'不是该想定的职位"));
    }

    /** Each row of a report as the grid shows it: record, field and message. */
    private static List<List<String>> formattedRows(FileReport report) {
        return IntStream.range(0, GridKt._size(report.problems))
                .mapToObj(row -> GridKt._getFormattedRow(report.problems, row)).toList();
    }

    /** "posts[0] (CDR)": the record's label as the report gives it, in every language. */
    private static String label(String list, int index, String file) {
        return list + "[" + index + "] (" + JSON.readTree(file).get(list).get(index).get("id").asString() + ")";
    }

    @Test
    void aPlanOfThisDataBecomesANewDraftRosterAndCalendar() {
        Scenario scenario = exporter.export();
        Scenario.Exercise exercise = scenario.exercises().getFirst();
        String planFile = PlanFiles.write(plans.plan(scenario, List.of(), List.of(new PlannedExercise(exercise.id(),
                exercise.earliestStart(), exercise.earliestStart().plusDays(exercise.durationDays() - 1L),
                scenario.trainingAreas().getFirst().id(), List.of()))));
        List<RosterVersion> rostersBefore = rosters.versions();
        int calendarsBefore = calendars.list().size();
        PlanFilesView view = open(PlanFilesView.class);

        UploadKt._upload(view.planUpload, "this.plan.json", planFile.getBytes(StandardCharsets.UTF_8));

        assertThat(view.planReport.isVisible()).isFalse();
        assertThat(rosters.versions()).hasSize(rostersBefore.size() + 1).containsAll(rostersBefore);
        RosterVersion draft = rosters.latest().orElseThrow();
        assertThat(draft.published()).isFalse();
        assertThat(view.planResult.getText()).contains(draft.label()).contains("draft exercise calendar");
        assertThat(calendars.list()).hasSize(calendarsBefore + 1);
        assertThat(calendars.list().getFirst().exercises()).extracting(PlannedExercise::exercise)
                .containsExactly(exercise.id());
    }

    @Test
    void onlyPlannersUpload() {
        signIn(SignedInAs.commander());
        PlanFilesView view = open(PlanFilesView.class);
        assertThat(view.scenarioUpload.isAttached()).isFalse();
        assertThat(view.planUpload.isAttached()).isFalse();
        assertThatThrownBy(() -> dataSets.importScenario("By the commander", demoFile))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static String download(String text) {
        return new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withText(text))), StandardCharsets.UTF_8);
    }

    private static ObjectNode person(ObjectNode root, int index) {
        return (ObjectNode) ((ArrayNode) root.get("personnel")).get(index);
    }

    private static UnaryOperator<String> edit(Consumer<ObjectNode> change) {
        return text -> {
            ObjectNode root = (ObjectNode) JSON.readTree(text);
            change.accept(root);
            return JSON.writeValueAsString(root);
        };
    }
}
