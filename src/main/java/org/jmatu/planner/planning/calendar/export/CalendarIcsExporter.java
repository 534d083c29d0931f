package org.jmatu.planner.planning.calendar.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.jmatu.planner.planning.calendar.domain.PlanningConference;
import org.jmatu.planner.planning.calendar.solver.CalendarConcerns;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Language;
import org.jmatu.planner.shared.Message;

/**
 * Writes an exercise calendar as iCalendar (RFC 5545): one all-day VEVENT per exercise and per planning
 * conference, with UIDs that stay the same across re-solves (and differ between data sets) so calendar programs
 * update rather than duplicate events, and a SEQUENCE and LAST-MODIFIED that change with what an event says
 * ({@link EventVersions}). Lines are folded at 75 octets ({@link IcsFolding}). Optionally only what concerns one
 * nation. The calendar's name and the events' words are in the reader's language ({@link I18n#locale()}: an
 * export is written {@link I18n#in} it); an event's version is judged by its English words, so that reading the
 * feed in another language does not make it a new version.
 */
public final class CalendarIcsExporter {

    static final String UID_DOMAIN = "@calendar.jmatu.planner";

    private CalendarIcsExporter() {
    }

    public static String export(Scenario scenario, CalendarPlan plan, String nation) {
        return export(scenario, plan, nation, EventVersions.FIRST);
    }

    /** The feed with each event's SEQUENCE and LAST-MODIFIED from {@code versions}, folded at 75 octets. */
    public static String export(Scenario scenario, CalendarPlan plan, String nation, EventVersions versions) {
        Map<String, Scenario.Exercise> exercises = scenario.exercises().stream()
                .collect(Collectors.toMap(Scenario.Exercise::id, Function.identity()));
        Map<String, Scenario.TrainingArea> areas = scenario.trainingAreas().stream()
                .collect(Collectors.toMap(Scenario.TrainingArea::id, Function.identity()));
        CalendarConcerns concerns = new CalendarConcerns(scenario);

        Calendar calendar = new Calendar()
                .add(new ProdId("-//JMATU//Staff Planner exercise calendar//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", nation == null ? I18n.t("ics.name") : I18n.t("ics.name.nation", nation)));

        for (PlannedExercise row : plan.exercises()) {
            if (!concerns.concerns(row, nation)) {
                continue;
            }
            Scenario.Exercise exercise = exercises.get(row.exercise());
            Scenario.TrainingArea area = areas.get(row.trainingArea());
            calendar.add(versioned(() -> exerciseEvent(row, exercise, area, concerns, versions), versions));
        }
        for (PlanningConference conference : plan.conferences()) {
            PlannedExercise row = plan.row(conference.exercise());
            if (row == null || !concerns.concerns(row, nation)) {
                continue;
            }
            calendar.add(versioned(() -> conferenceEvent(conference, row, versions), versions));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return IcsFolding.refold(out.toString());
    }

    private static VEvent exerciseEvent(PlannedExercise row, Scenario.Exercise exercise, Scenario.TrainingArea area,
                                        CalendarConcerns concerns, EventVersions versions) {
        String name = exercise == null ? row.exercise() : exercise.name();
        VEvent event = new VEvent(row.start(), row.end().plusDays(1), row.exercise() + " " + name);
        event.add(new Uid("exercise-" + row.exercise() + versions.uidScope() + UID_DOMAIN));
        event.add(new Categories("EXERCISE"));
        if (area != null) {
            event.add(new Location(area.name() + " (" + area.nation() + "), " + area.location().lat() + ", "
                    + area.location().lon()));
            event.add(new Geo(BigDecimal.valueOf(area.location().lat()), BigDecimal.valueOf(area.location().lon())));
        }
        event.add(new Description((exercise == null ? "" : I18n.t("ics.scenario", exercise.scenario()) + "\n")
                + I18n.t("ics.host", concerns.hostNation(row)) + "\n"
                + I18n.t("ics.companies", String.join(", ", row.companies()))));
        return event;
    }

    private static VEvent conferenceEvent(PlanningConference conference, PlannedExercise row, EventVersions versions) {
        String title = I18n.t("calendar.conference-kind." + conference.kind().name());
        VEvent event = new VEvent(conference.date(), conference.date().plusDays(1),
                conference.kind().abbreviation() + " " + conference.exercise() + ": " + title);
        event.add(new Uid("conference-" + conference.exercise() + "-" + conference.kind().abbreviation()
                + versions.uidScope() + UID_DOMAIN));
        event.add(new Categories("PLANNING CONFERENCE"));
        event.add(new Description(Message.of("ics.conference", title, conference.exercise(), row.start()).text()));
        return event;
    }

    /**
     * The event with its version, judged by a fingerprint of all the English event says (before the version is
     * added), so that every language's feed gives an event the same version.
     */
    private static VEvent versioned(Supplier<VEvent> build, EventVersions versions) {
        VEvent event = build.get();
        VEvent english = I18n.language() == Language.EN ? event : I18n.in(Language.EN, build);
        EventVersions.Stamp stamp = versions.stamp(event.getProperty(Property.UID).orElseThrow().getValue(),
                fingerprint(english));
        event.add(new Sequence(stamp.sequence()));
        if (stamp.lastModified() != null) {
            event.add(new LastModified(stamp.lastModified()));
        }
        return event;
    }

    /** What the event says, without DTSTAMP (the time of export, different every time), as a SHA-256. */
    private static String fingerprint(VEvent event) {
        String content = event.getProperties().stream().filter(property -> !Property.DTSTAMP.equals(property.getName()))
                .map(Property::toString).sorted().collect(Collectors.joining());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
