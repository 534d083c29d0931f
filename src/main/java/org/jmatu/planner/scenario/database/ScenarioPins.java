package org.jmatu.planner.scenario.database;

import java.sql.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.jmatu.planner.scenario.Scenario;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The scenario's own pins, stored beside the data they refer to. */
@Component
public class ScenarioPins {

    private final JdbcTemplate jdbc;

    ScenarioPins(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(Scenario.Pinned pinned) {
        List<Scenario.PinnedSlot> slots = pinned == null || pinned.rotation() == null ? List.of() : pinned.rotation();
        IntStream.range(0, slots.size()).forEach(index -> jdbc.update(
                "insert into scenario_pinned_slot (position, post_code, period_index, person_code) values (?, ?, ?, ?)",
                index, slots.get(index).post(), slots.get(index).period(), slots.get(index).person()));
        List<Scenario.PinnedExercise> exercises = pinned == null || pinned.exercises() == null ? List.of()
                : pinned.exercises();
        IntStream.range(0, exercises.size()).forEach(index -> jdbc.update("insert into scenario_pinned_exercise"
                        + " (position, exercise_code, start_date, training_area_code) values (?, ?, ?, ?)",
                index, exercises.get(index).exercise(),
                exercises.get(index).start() == null ? null : Date.valueOf(exercises.get(index).start()),
                exercises.get(index).trainingArea()));
    }

    /**
     * Pins {@code person} to slot {@code post}/{@code period}, in place of any pin the slot had: the next solve
     * (and the next export) keeps that holder there.
     */
    public void pinSlot(String post, int period, String person) {
        jdbc.update("delete from scenario_pinned_slot where post_code = ? and period_index = ?", post, period);
        Integer last = jdbc.queryForObject("select max(position) from scenario_pinned_slot", Integer.class);
        jdbc.update("insert into scenario_pinned_slot (position, post_code, period_index, person_code) values (?, ?, ?, ?)",
                last == null ? 0 : last + 1, post, period, person);
    }

    /**
     * The stored pins that still refer to records of {@code scenario}: a pin whose post, nominee, exercise or
     * area has since been deleted is a decision about something that no longer exists.
     */
    Scenario.Pinned of(Scenario scenario) {
        Set<String> posts = Set.copyOf(scenario.posts().stream().map(Scenario.Post::id).toList());
        Set<String> people = Set.copyOf(scenario.personnel().stream().map(Scenario.Person::id).toList());
        Set<String> exercises = Set.copyOf(scenario.exercises().stream().map(Scenario.Exercise::id).toList());
        Set<String> areas = Set.copyOf(scenario.trainingAreas().stream().map(Scenario.TrainingArea::id).toList());
        int periods = scenario.horizon().periods();
        List<Scenario.PinnedSlot> slots = jdbc.query("select * from scenario_pinned_slot order by position",
                (rs, row) -> new Scenario.PinnedSlot(rs.getString("post_code"), rs.getInt("period_index"),
                        rs.getString("person_code"))).stream()
                .filter(pin -> posts.contains(pin.post()) && pin.period() < periods
                        && (pin.person() == null || people.contains(pin.person())))
                .toList();
        List<Scenario.PinnedExercise> pinnedExercises = jdbc.query(
                "select * from scenario_pinned_exercise order by position",
                (rs, row) -> new Scenario.PinnedExercise(rs.getString("exercise_code"),
                        rs.getDate("start_date") == null ? null : rs.getDate("start_date").toLocalDate(),
                        rs.getString("training_area_code"))).stream()
                .filter(pin -> exercises.contains(pin.exercise())
                        && (pin.trainingArea() == null || areas.contains(pin.trainingArea())))
                .toList();
        return new Scenario.Pinned(slots, pinnedExercises);
    }
}
