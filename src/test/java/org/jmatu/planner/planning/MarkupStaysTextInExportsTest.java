package org.jmatu.planner.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.calendar.domain.ConferenceSchedule;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.jmatu.planner.planning.calendar.export.CalendarIcsExporter;
import org.jmatu.planner.planning.calendar.solver.CalendarMapper;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.planning.rotation.export.RosterWorkbook;
import org.jmatu.planner.planning.rotation.solver.RotationMapper;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.file.ScenarioFiles;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name typed as markup leaves every export as the very characters typed, escaped as its format wants:
 * the scenario file, the roster workbook and the calendar file. (Plan files and the gap CSV carry nominee
 * codes and post data only; the org chart's SVG is drawn with textContent from the names tested in
 * OrgChartServiceTest.)
 */
class MarkupStaysTextInExportsTest {

    private static final String SCRIPTED = "<img src=x onerror=alert(1)>";

    private final Scenario generated = ScenarioGenerator.generate(Scale.BATTALION, 0);

    @Test
    void aNomineeNamedWithMarkupRoundTripsThroughTheScenarioFile() {
        String nominee = generated.personnel().getFirst().id();
        Scenario renamed = rename(generated.personnel().getFirst().name());
        assertThat(name(renamed, nominee)).isEqualTo(SCRIPTED);
        assertThat(name(ScenarioFiles.read(ScenarioFiles.write(renamed)).value(), nominee)).isEqualTo(SCRIPTED);
    }

    @Test
    void theRosterWorkbookHoldsTheNameAsEscapedText(@TempDir Path dir) throws Exception {
        RotationSlot slot = RotationMapper.toSolution(generated).getSlots().stream()
                .filter(candidate -> !candidate.getNominees().isEmpty()).findFirst().orElseThrow();
        PersonFact nominee = slot.getNominees().getFirst();
        RotationSolution solution = RotationMapper.toSolution(rename(nominee.name()));
        RotationSlot same = solution.getSlots().stream().filter(s -> s.getId().equals(slot.getId())).findFirst().orElseThrow();
        same.setPerson(same.getNominees().stream().filter(p -> p.id().equals(nominee.id())).findFirst().orElseThrow());

        byte[] workbook = RosterWorkbook.roster(solution);
        try (ReadableWorkbook read = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            List<Row> assignments = read.getSheets().toList().get(1).read();
            assertThat(assignments).anyMatch(row -> nominee.id().equals(row.getCellText(7))
                    && SCRIPTED.equals(row.getCellText(8)));
        }
        String xml = allXml(workbook, dir);
        assertThat(xml).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain(SCRIPTED);
    }

    @Test
    void theCalendarFileHoldsAnExerciseNamedWithMarkupAsText() throws Exception {
        Scenario.Exercise exercise = generated.exercises().getFirst();
        Scenario renamed = rename(exercise.name());
        CalendarPlan plan = CalendarMapper.toPlan(CalendarMapper.toSolution(renamed, Map.of(), List.of(
                new PlannedExercise(exercise.id(), LocalDate.of(2027, 4, 5), null, "ILI", List.of("KAZ-1", "KGZ-1")))),
                ConferenceSchedule.DEFAULT);
        String ics = CalendarIcsExporter.export(renamed, plan, null);
        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents(Component.VEVENT);
        assertThat(events).anyMatch(event -> event.getProperty(Property.SUMMARY).orElseThrow().getValue()
                .equals(exercise.id() + " " + SCRIPTED));
    }

    /** The generated scenario with one name (unique to one record) replaced by markup, through its file. */
    private Scenario rename(String name) {
        String json = ScenarioFiles.write(generated);
        assertThat(json.split("\"" + name + "\"", -1)).hasSize(2);
        return ScenarioFiles.read(json.replace("\"" + name + "\"", "\"" + SCRIPTED + "\"")).value();
    }

    private static String name(Scenario scenario, String nominee) {
        return scenario.personnel().stream().filter(person -> person.id().equals(nominee)).findFirst().orElseThrow()
                .name();
    }

    private static String allXml(byte[] xlsx, Path dir) throws Exception {
        Path file = Files.write(dir.resolve("roster.xlsx"), xlsx);
        StringBuilder xml = new StringBuilder();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                xml.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return xml.toString();
    }
}
