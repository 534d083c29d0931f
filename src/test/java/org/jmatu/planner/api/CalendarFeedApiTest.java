package org.jmatu.planner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jmatu.planner.planning.calendar.domain.CalendarPlan;
import org.jmatu.planner.planning.calendar.domain.PlannedExercise;
import org.jmatu.planner.planning.calendar.versions.CalendarVersionService;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.scenario.file.PlanFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The liaison officers' feed: a nation's exercises only, and only for their own nation. */
class CalendarFeedApiTest extends ApiTestSupport {

    private static final List<String> LIAISON_NATIONS = List.of("KAZ", "USA", "RUS", "CHN", "KGZ", "UZB", "TJK");
    private static final Pattern EXERCISE_UID = Pattern.compile("UID:exercise-(\\S+)@");

    @Autowired
    ScenarioExporter exporter;

    @Autowired
    CalendarVersionService calendars;

    private Scenario scenario;

    /** Publishes a calendar that schedules every exercise with one company, areas and companies taken in turn. */
    @BeforeEach
    void publishACalendar() {
        scenario = exporter.export();
        List<PlannedExercise> rows = new ArrayList<>();
        for (int i = 0; i < scenario.exercises().size(); i++) {
            Scenario.Exercise exercise = scenario.exercises().get(i);
            rows.add(new PlannedExercise(exercise.id(), exercise.earliestStart(),
                    exercise.earliestStart().plusDays(exercise.durationDays() - 1L),
                    scenario.trainingAreas().get(i % scenario.trainingAreas().size()).id(),
                    List.of(scenario.companies().get(i % scenario.companies().size()).id())));
        }
        calendars.publish(calendars.saveDraft("Feed test", new CalendarPlan(scenario.name(), "0hard/0soft", true, rows,
                List.of(), List.of(), List.of()), Set.of(), Set.of()));
    }

    @Test
    void aLiaisonOfficersFeedHoldsTheExercisesTheirNationHostsOrSendsACompanyTo() {
        Plan plan = PlanFiles.read(api.get("/api/plan", PLANNER).body(), scenario).value();
        Set<String> scheduled = plan.exercises().stream().filter(row -> row.start() != null)
                .map(Plan.ExerciseRow::exercise).collect(Collectors.toCollection(TreeSet::new));
        String nation = LIAISON_NATIONS.stream()
                .filter(code -> !concerning(plan, code).isEmpty() && concerning(plan, code).size() < scheduled.size())
                .findFirst().orElseThrow();

        HttpResponse<String> feed = api.get("/api/calendar/" + nation + ".ics", liaison(nation));

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/calendar"));
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR");
        assertThat(exercises(feed.body())).isEqualTo(concerning(plan, nation));
        assertThat(exercises(api.get("/api/calendar/" + nation.toLowerCase() + ".ics", PLANNER).body()))
                .isEqualTo(concerning(plan, nation));
    }

    @Test
    void plannersAndCommandersReadEveryNationsFeedLiaisonOfficersOnlyTheirOwn() {
        assertThat(api.get("/api/calendar/USA.ics", PLANNER).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/calendar/RUS.ics", COMMANDER).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/calendar/KGZ.ics", liaison("KGZ")).statusCode()).isEqualTo(200);

        HttpResponse<String> others = api.get("/api/calendar/UZB.ics", liaison("KGZ"));
        HttpResponse<String> missing = api.get("/api/calendar/XYZ.ics", liaison("KGZ"));

        assertThat(ProblemAssert.problem(others, 404)).isEmpty();
        ProblemAssert.problem(missing, 404);
        assertThat(others.body()).as("another nation's feed is answered as one that does not exist")
                .isEqualTo(missing.body());
        assertThat(ApiClient.json(others).get("detail").asString()).contains("own nation");
        ProblemAssert.problem(api.get("/api/calendar/XYZ.ics", PLANNER), 404);
    }

    /** lang=ru gives Russian words; the events, their UIDs and versions are those of the English feed. */
    @Test
    void theFeedIsInTheLanguageItIsAskedFor() {
        String russian = unfolded(api.get("/api/calendar/KGZ.ics?lang=ru", PLANNER).body());
        String english = unfolded(api.get("/api/calendar/KGZ.ics?lang=en", PLANNER).body());

        assertThat(english).contains("X-WR-CALNAME:JMATU exercises (KGZ)").contains("Host: ");
        assertThat(russian).contains("X-WR-CALNAME:Учения JMATU (KGZ)").contains("Принимающая страна: ")
                .contains("Роты: ").doesNotContain("Host: ").doesNotContain("Companies: ");
        assertThat(exercises(russian)).isEqualTo(exercises(english)).isNotEmpty();
        assertThat(lines(russian, "SEQUENCE:")).isEqualTo(lines(english, "SEQUENCE:"));
    }

    private static String unfolded(String ics) {
        return ics.replace("\r\n ", "");
    }

    private static List<String> lines(String ics, String prefix) {
        return ics.lines().filter(line -> line.startsWith(prefix)).toList();
    }

    private Set<String> concerning(Plan plan, String nation) {
        Map<String, String> areaNation = scenario.trainingAreas().stream()
                .collect(Collectors.toMap(Scenario.TrainingArea::id, Scenario.TrainingArea::nation));
        Map<String, Scenario.Company> companies = scenario.companies().stream()
                .collect(Collectors.toMap(Scenario.Company::id, Function.identity()));
        return plan.exercises().stream().filter(row -> row.start() != null)
                .filter(row -> nation.equals(areaNation.get(row.trainingArea()))
                        || row.companies().stream().anyMatch(id -> nation.equals(companies.get(id).nation())))
                .map(Plan.ExerciseRow::exercise).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> exercises(String ics) {
        Set<String> ids = new TreeSet<>();
        Matcher uid = EXERCISE_UID.matcher(ics);
        while (uid.find()) {
            ids.add(uid.group(1));
        }
        return ids;
    }
}
