package org.jmatu.planner.planning.calendar.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.calendar.domain.ConferenceSchedule;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.jmatu.planner.planning.calendar.solver.CalendarMapper;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.junit.jupiter.api.Test;

class CalendarIcsExporterTest {

    private final Scenario battalion = ScenarioGenerator.generate(Scale.BATTALION, 0);
    private final CalendarPlan plan = CalendarMapper.toPlan(CalendarMapper.toSolution(battalion, Map.of(), List.of(
            new PlannedExercise("CFX-2027-1", LocalDate.of(2027, 4, 5), null, "ILI", List.of("KAZ-1", "KGZ-1", "UZB-1")),
            new PlannedExercise("CFX-2027-2", LocalDate.of(2027, 9, 20), null, "FORISH", List.of("KAZ-2", "UZB-1", "TJK-1")),
            new PlannedExercise("CFX-2028-1", LocalDate.of(2028, 4, 10), null, "HARB-MAIDON", List.of("TJK-1", "UZB-1", "KAZ-2")),
            new PlannedExercise("CFX-2028-2", LocalDate.of(2028, 9, 25), null, "EDELWEISS", List.of("KGZ-1", "KAZ-1", "TJK-1")),
            new PlannedExercise("CFX-2029-1", LocalDate.of(2029, 5, 14), null, "ILI", List.of("KAZ-1", "KAZ-2", "KGZ-1")),
            new PlannedExercise("CFX-2029-2", LocalDate.of(2029, 9, 24), null, "FORISH", List.of("UZB-1", "KAZ-2", "TJK-1")))),
            ConferenceSchedule.DEFAULT);

    @Test
    void exportParsesBackWithOneAllDayEventPerExerciseAndConference() throws Exception {
        String ics = CalendarIcsExporter.export(battalion, plan, null);
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        parsed.validate();
        List<VEvent> events = parsed.getComponents(Component.VEVENT);
        assertThat(events).hasSize(6 + 18);

        VEvent first = event(events, "exercise-CFX-2027-1" + CalendarIcsExporter.UID_DOMAIN);
        assertThat(first.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20270405");
        assertThat(first.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow().getValue())
                .isEqualTo("DATE");
        int days = battalion.exercises().get(0).durationDays();
        assertThat(first.getProperty(Property.DTEND).orElseThrow().getValue())
                .isEqualTo(LocalDate.of(2027, 4, 5).plusDays(days).toString().replace("-", ""));
        assertThat(first.getProperty(Property.LOCATION).orElseThrow().getValue()).contains("Iliyskiy", "43.9");

        VEvent initial = event(events, "conference-CFX-2027-1-IPC" + CalendarIcsExporter.UID_DOMAIN);
        assertThat(initial.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20270111");
        assertThat(events).extracting(e -> e.getProperty(Property.UID).orElseThrow().getValue()).doesNotHaveDuplicates();
    }

    @Test
    void uidsAreStableAcrossExports() {
        assertThat(uids(CalendarIcsExporter.export(battalion, plan, null)))
                .isEqualTo(uids(CalendarIcsExporter.export(battalion, plan, null)));
    }

    @Test
    void oneNationGetsOnlyWhatConcernsIt() throws Exception {
        Calendar kgz = new CalendarBuilder().build(new StringReader(CalendarIcsExporter.export(battalion, plan, "KGZ")));
        List<String> uids = kgz.<VEvent>getComponents(Component.VEVENT).stream()
                .map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).toList();
        // KGZ-1 is in CFX-2027-1, CFX-2028-2 (which KGZ hosts at EDELWEISS) and CFX-2029-1
        assertThat(uids).hasSize(3 * 4)
                .contains("exercise-CFX-2028-2" + CalendarIcsExporter.UID_DOMAIN)
                .doesNotContain("exercise-CFX-2027-2" + CalendarIcsExporter.UID_DOMAIN);
    }

    @Test
    void linesAreFoldedAtSeventyFiveOctetsAndNeverInsideACharacter() throws Exception {
        String longName = "Учение «Степной орёл» — совместные действия рот по освобождению заложников в горах";
        Scenario renamed = renamedFirstExercise(longName);

        String ics = CalendarIcsExporter.export(renamed, plan, null);

        assertThat(ics.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        assertThat(ics.split("\r\n")).anySatisfy(line -> assertThat(line).startsWith(" "));
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        VEvent first = event(parsed.getComponents(Component.VEVENT), "exercise-CFX-2027-1" + CalendarIcsExporter.UID_DOMAIN);
        assertThat(first.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("CFX-2027-1 " + longName);
    }

    @Test
    void anEventsSequenceAndLastModifiedChangeWhenWhatItSaysChanges() throws Exception {
        RememberedVersions versions = new RememberedVersions("");
        CalendarIcsExporter.export(battalion, plan, null, versions);
        CalendarPlan moved = CalendarMapper.toPlan(CalendarMapper.toSolution(battalion, Map.of(), List.of(
                new PlannedExercise("CFX-2027-1", LocalDate.of(2027, 4, 12), null, "ILI", List.of("KAZ-1", "KGZ-1", "UZB-1")))),
                ConferenceSchedule.DEFAULT);

        Calendar parsed = new CalendarBuilder().build(new StringReader(
                CalendarIcsExporter.export(battalion, moved, null, versions)));

        VEvent exercise = event(parsed.getComponents(Component.VEVENT), "exercise-CFX-2027-1" + CalendarIcsExporter.UID_DOMAIN);
        assertThat(exercise.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
        assertThat(exercise.getProperty(Property.LAST_MODIFIED).orElseThrow().getValue()).isEqualTo("19700101T000001Z");
        Calendar again = new CalendarBuilder().build(new StringReader(
                CalendarIcsExporter.export(battalion, plan, null, versions)));
        VEvent unmoved = event(again.getComponents(Component.VEVENT), "exercise-CFX-2028-1" + CalendarIcsExporter.UID_DOMAIN);
        assertThat(unmoved.getProperty(Property.SEQUENCE).orElseThrow().getValue())
                .as("an exercise that never moved keeps its first version").isEqualTo("0");
    }

    @Test
    void uidsAreUniquePerDataSet() {
        List<String> live = uids(CalendarIcsExporter.export(battalion, plan, null, new RememberedVersions("")));
        List<String> whatIf = uids(CalendarIcsExporter.export(battalion, plan, null, new RememberedVersions(".what-if-1")));

        assertThat(whatIf).hasSameSizeAs(live).doesNotContainAnyElementsOf(live)
                .allSatisfy(uid -> assertThat(uid).endsWith(".what-if-1" + CalendarIcsExporter.UID_DOMAIN));
    }

    private Scenario renamedFirstExercise(String name) {
        List<Scenario.Exercise> exercises = new ArrayList<>(battalion.exercises());
        Scenario.Exercise first = exercises.get(0);
        exercises.set(0, new Scenario.Exercise(first.id(), name, first.scenario(), first.earliestStart(),
                first.latestEnd(), first.durationDays(), first.minCompanies(), first.maxCompanies(),
                first.requiredCapabilities()));
        return new Scenario(battalion.format(), battalion.name(), battalion.horizon(), battalion.nations(),
                battalion.posts(), battalion.personnel(), battalion.equipmentTypes(), battalion.companies(),
                battalion.trainingAreas(), exercises, battalion.blackouts(), battalion.pinned());
    }

    /** Versions as the stored ones keep them, in memory: a changed fingerprint is the next SEQUENCE. */
    private static final class RememberedVersions implements EventVersions {
        private final String scope;
        private final Map<String, String> fingerprints = new HashMap<>();
        private final Map<String, Integer> sequences = new HashMap<>();

        RememberedVersions(String scope) {
            this.scope = scope;
        }

        @Override
        public String uidScope() {
            return scope;
        }

        @Override
        public Stamp stamp(String uid, String fingerprint) {
            String before = fingerprints.put(uid, fingerprint);
            int sequence = sequences.merge(uid, before == null || before.equals(fingerprint) ? 0 : 1, Integer::sum);
            return new Stamp(sequence, Instant.ofEpochSecond(sequence));
        }
    }

    private static List<String> uids(String ics) {
        return ics.lines().filter(l -> l.startsWith("UID:")).toList();
    }

    private static VEvent event(List<VEvent> events, String uid) {
        return events.stream().filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().equals(uid))
                .findFirst().orElseThrow();
    }
}
