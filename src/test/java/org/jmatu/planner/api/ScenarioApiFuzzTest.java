package org.jmatu.planner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jmatu.planner.datasets.DataSet;
import org.jmatu.planner.datasets.DataSetService;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.scenario.file.FileMutations;
import org.jmatu.planner.scenario.file.ScenarioFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Mutated scenario files (see {@link FileMutations}) sent to PUT /api/scenario, as a client would: each is
 * refused with 422 and its report, and then no data set is added, or accepted as a new data set; never a 500.
 * jqwik draws the files afresh on each run (its samples, outside a property); a failure names the file's
 * mutations and encoding, which is all it takes to make it again.
 */
class ScenarioApiFuzzTest extends ApiTestSupport {

    private static final int FILES = 25;

    @Autowired ScenarioExporter exporter;
    @Autowired DataSetService dataSets;

    @Test
    void aMutatedFileIsRefusedWithItsReportAndStoresNothingOrIsAccepted() {
        String valid = ScenarioFiles.write(exporter.export());
        List<FileMutations.MutatedFile> files = FileMutations.files().sampleStream().limit(FILES).toList();
        for (int index = 0; index < files.size(); index++) {
            FileMutations.MutatedFile file = files.get(index);
            List<DataSet> before = dataSets.all();

            HttpResponse<String> answer = api.send("PUT", "/api/scenario?name=Fuzz%20" + index, PLANNER,
                    HttpRequest.BodyPublishers.ofByteArray(file.bytes(valid)), "application/json");

            String what = "file " + index + " " + file.mutations() + " " + file.encoding() + ": " + answer.body();
            assertThat(answer.statusCode()).as(what).isIn(201, 422);
            if (answer.statusCode() == 422) {
                assertThat(ProblemAssert.problem(answer, 422)).as(what).isNotEmpty()
                        .allSatisfy(line -> assertThat(line).doesNotContainIgnoringCase("jackson").doesNotContain("`"));
                assertThat(dataSets.all()).as(what).isEqualTo(before);
            } else {
                assertThat(dataSets.all()).as(what).hasSize(before.size() + 1);
            }
        }
    }
}
