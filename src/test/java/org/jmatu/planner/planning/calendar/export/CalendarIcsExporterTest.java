package org.jmatu.planner.planning.calendar.export;

import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.calendar.domain.ConferenceSchedule;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.jmatu.planner.planning.calendar.solver.CalendarMapper;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.Scenario;
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

    private static List<String> uids(String ics) {
        return ics.lines().filter(l -> l.startsWith("UID:")).toList();
    }

    private static VEvent event(List<VEvent> events, String uid) {
        return events.stream().filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().equals(uid))
                .findFirst().orElseThrow();
    }
}
