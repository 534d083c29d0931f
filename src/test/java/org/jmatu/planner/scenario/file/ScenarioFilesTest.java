package org.jmatu.planner.scenario.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFilesTest {

    private static final Scenario BATTALION = ScenarioGenerator.generate(Scale.BATTALION, ScenarioGenerator.DEFAULT_SEED);

    @Test
    void aWrittenScenarioReadsBackEqual() {
        ReadResult<Scenario> read = ScenarioFiles.read(ScenarioFiles.write(BATTALION));

        assertThat(read.report().problems()).isEmpty();
        assertThat(read.value()).isEqualTo(BATTALION);
    }

    @Test
    void writingWhatWasReadGivesTheSameText() {
        String first = ScenarioFiles.write(BATTALION);
        String second = ScenarioFiles.write(ScenarioFiles.read(first).value());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void theFileFollowsTheSpecification() {
        String text = ScenarioFiles.write(BATTALION);

        assertThat(text).startsWith("{\n  \"format\": \"jmatu-scenario/1\",\n  \"name\": \"Battalion 2027-2029\",\n"
                + "  \"horizon\": {\n    \"start\": \"2027-01-01\",");
        assertThat(text).contains("\"rankMin\": \"OF-5\"", "\"availableFrom\": \"20", "\"homeBase\": {",
                "\"pinned\": {").endsWith("}\n");
    }

    @Test
    void aBrigadeRoundTripsToo() {
        Scenario brigade = ScenarioGenerator.generate(Scale.BRIGADE, 3);

        assertThat(ScenarioFiles.read(ScenarioFiles.write(brigade)).value()).isEqualTo(brigade);
    }

    @Test
    void aFileOnDiskRoundTrips(@TempDir Path dir) {
        Path file = dir.resolve("battalion.json");
        ScenarioFiles.write(BATTALION, file);

        assertThat(ScenarioFiles.read(file).value()).isEqualTo(BATTALION);
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(50L * 1024 * 1024);
        }

        ReadResult<Scenario> read = ScenarioFiles.read(file);

        assertThat(read.isValid()).isFalse();
        assertThat(read.report().text()).isEqualTo("file: is 50.0 MB, over the limit of 20.0 MB; it was not read");
    }

    @Test
    void anUploadReadsUpToTheLimit() {
        byte[] bytes = ScenarioFiles.write(BATTALION).getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(ScenarioFiles.read(new java.io.ByteArrayInputStream(bytes), bytes.length).value()).isEqualTo(BATTALION);
        assertThat(ScenarioFiles.read(new java.io.ByteArrayInputStream(bytes), bytes.length - 1).report().text())
                .startsWith("file: is over the limit of");
        assertThat(ScenarioFiles.read(new java.io.ByteArrayInputStream(new byte[] {'{', (byte) 0xE9, '}'}), 100)
                .report().text()).isEqualTo("file: is not UTF-8 text");
    }

    @Test
    void aMissingHorizonDoesNotMakeEveryPeriodWrong() {
        String text = ScenarioFiles.write(BATTALION).replaceFirst("\"horizon\": \\{[^}]*},", "");

        assertThat(ScenarioFiles.read(text).report().text()).isEqualTo("scenario: horizon is missing");
    }

    @Test
    void aMissingFileIsReported(@TempDir Path dir) {
        assertThat(ScenarioFiles.read(dir.resolve("none.json")).report().text()).contains("does not exist");
    }

    @Test
    void aPersonsNativeNameIsOptional() {
        Scenario.Person kazakh = BATTALION.personnel().stream().filter(person -> person.nation().equals("KAZ"))
                .findFirst().orElseThrow();
        String text = ScenarioFiles.write(BATTALION);
        assertThat(text).contains("\"nativeName\": \"" + kazakh.nativeName() + "\"");

        Scenario withoutNativeNames = ScenarioFiles.read(text.replaceAll("\n *\"nativeName\": \"[^\"]*\",", ""))
                .value();
        assertThat(withoutNativeNames.personnel()).allSatisfy(person -> assertThat(person.nativeName()).isNull());
        assertThat(ScenarioFiles.write(withoutNativeNames)).doesNotContain("nativeName");
    }

    @Test
    void textOverTheLimitIsRefused() {
        assertThat(ScenarioFiles.read(ScenarioFiles.write(BATTALION), 1000).report().text())
                .isEqualTo("file: is over the limit of 0.0 MB; it was not read");
    }

    @Test
    void aFileThatIsNotUtf8IsReported(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.json");
        Files.write(file, new byte[] {'{', '"', (byte) 0xE9, '"', '}'});

        assertThat(ScenarioFiles.read(file).report().text()).contains("cannot be read as UTF-8 text");
    }
}
