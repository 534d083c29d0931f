package org.jmatu.planner.scenario.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Language;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A file's report is put into words where it is read: in Kazakh or Chinese for a reader of those, with the file's
 * values and field names as the file has them, while its English lines (the command line's and the API's) stay.
 */
class ReportLanguagesTest {

    private static final String BATTALION = ScenarioFiles.write(
            ScenarioGenerator.generate(Scale.BATTALION, ScenarioGenerator.DEFAULT_SEED));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Several kinds of problem at once: a wrong type, a missing field, a bad code, a range and a reference. */
    private static final ValidationReport REPORT = ScenarioFiles.read(edited(root -> {
        person(root, 3).put("english", "five");
        person(root, 0).put("rank", "OF-11");
        ((ObjectNode) root.withArray("posts").get(1)).remove("sourcing");
        ((ObjectNode) root.withArray("trainingAreas").get(0)).put("capacity", 20000);
        ((ObjectNode) root.withArray("companies").get(0)).put("nation", "XYZ");
    })).report();

    @Test
    void theProblemsReadInKazakh() {
        assertThat(lines(Language.KK)).containsExactlyInAnyOrder(
                "english: бүтін сан болуы тиіс, 'five' жолы емес",
                "rank: 'OF-11' НАТО атағы емес (OR-1 … OR-9, OF-1 … OF-9)",
                "sourcing: көрсетілмеген",
                "capacity: 20000 1–10000 ауқымынан тыс",
                "nation: 'XYZ' елдер тізімінде жоқ");
    }

    @Test
    void theProblemsReadInChinese() {
        assertThat(lines(Language.ZH)).containsExactlyInAnyOrder(
                "english: 必须是整数，而不是字符串'five'",
                "rank: 'OF-11'不是北约军衔（OR-1 … OR-9、OF-1 … OF-9）",
                "sourcing: 缺失",
                "capacity: 20000超出1–10000的范围",
                "nation: 'XYZ'不在国家列表中");
    }

    @Test
    void theEnglishLinesStayWhateverTheReadersLanguage() {
        List<String> english = REPORT.problems().stream().map(ValidationReport.Problem::toString).toList();

        assertThat(I18n.in(Language.ZH, () -> REPORT.problems().stream().map(ValidationReport.Problem::toString)
                .toList())).isEqualTo(english);
        assertThat(english).contains("trainingAreas[0] (" + id("trainingAreas", 0)
                + "): capacity 20000 is out of range 1–10000");
    }

    @Test
    void theWholeFileIsNamedInWordsAndARecordByItsPath() {
        ValidationReport empty = ScenarioFiles.read("").report();

        assertThat(I18n.in(Language.KK, () -> empty.problems().getFirst().recordText())).isEqualTo("файл");
        assertThat(I18n.in(Language.ZH, () -> empty.problems().getFirst().text())).isEqualTo("为空");
        assertThat(I18n.in(Language.KK, () -> REPORT.problems().getFirst().recordText()))
                .isEqualTo(REPORT.problems().getFirst().record()).contains("[");
    }

    private static List<String> lines(Language language) {
        return I18n.in(language, () -> REPORT.problems().stream()
                .map(problem -> problem.field() + ": " + problem.text()).toList());
    }

    private static String id(String list, int index) {
        return JSON.readTree(BATTALION).get(list).get(index).get("id").asString();
    }

    private static ObjectNode person(ObjectNode root, int index) {
        return (ObjectNode) root.withArray("personnel").get(index);
    }

    private static String edited(Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) JSON.readTree(BATTALION);
        change.accept(root);
        return JSON.writeValueAsString(root);
    }
}
