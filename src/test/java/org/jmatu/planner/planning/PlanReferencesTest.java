package org.jmatu.planner.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jmatu.planner.audit.AuditFilter;
import org.jmatu.planner.audit.AuditTrail;
import org.jmatu.planner.audit.AuditedKind;
import org.jmatu.planner.exercises.ExercisesService;
import org.jmatu.planner.exercises.TrainingArea;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.ReferencedRecordException;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.StaffingService;
import org.jmatu.planner.ui.KaribuTest;
import org.jmatu.planner.ui.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15, defect 1: deletes broke saved plans silently. A record a saved roster or calendar names is kept, and
 * the refusal names the plans; once no plan names it, it can be deleted, and the delete is in the audit trail.
 * The saved plans are written as rows, the way the plan services store them, to keep this test off the solvers.
 */
class PlanReferencesTest extends KaribuTest {

    private static final AtomicInteger PLAN_NUMBERS = new AtomicInteger(9000);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StaffingService staffing;
    @Autowired
    ExercisesService exercises;
    @Autowired
    AuditTrail trail;

    @Test
    void aPersonHeldInASavedRosterIsNotDeletedAndTheRosterIsNamed() {
        Person person = data.person(data.nation());
        int version = savedRosterHolding("J1", person.getCode());

        assertThatThrownBy(() -> staffing.delete(person)).isInstanceOf(ReferencedRecordException.class)
                .hasMessageContaining(person.getCode()).hasMessageContaining("cannot be deleted")
                .hasMessageContaining("saved plans use it: roster v" + version + " (draft)");
        assertThat(staffing.findPerson(person.getCode())).isPresent();
    }

    @Test
    void aTrainingAreaHostingASavedCalendarIsKeptAndItsDeleteOnceFreeIsAudited() {
        Nation nation = data.nation();
        TrainingArea area = exercises.save(new TrainingArea(TestData.code("TA"), "Test range", nation, 4,
                Set.of(1), 43.0, 76.0));
        long calendar = savedCalendarHostedAt(area.getCode());

        assertThatThrownBy(() -> exercises.delete(area)).isInstanceOf(ReferencedRecordException.class)
                .hasMessageContaining("saved plans use it: calendar \"Test calendar\" (published)");

        jdbc.update("delete from calendar_plan where id = ?", calendar);
        exercises.delete(exercises.findAllTrainingAreas().stream()
                .filter(stored -> stored.getCode().equals(area.getCode())).findFirst().orElseThrow());
        assertThat(trail.find(new AuditFilter(AuditedKind.TRAINING_AREA, "planner", null, null)))
                .anySatisfy(change -> {
                    assertThat(change.record()).isEqualTo(area.getCode());
                    assertThat(change.action()).isEqualTo("deleted");
                });
    }

    private int savedRosterHolding(String post, String person) {
        int number = PLAN_NUMBERS.incrementAndGet();
        jdbc.update("insert into roster_plan (version, plan_number, name, status, created_at) values (0, ?, ?, 'DRAFT', ?)",
                number, "Test roster", Timestamp.from(Instant.now()));
        Long id = jdbc.queryForObject("select id from roster_plan where plan_number = ?", Long.class, number);
        jdbc.update("insert into roster_assignment (plan_id, post_code, period_index, person_code, pinned)"
                + " values (?, ?, 0, ?, false)", id, post, person);
        return number;
    }

    private long savedCalendarHostedAt(String area) {
        jdbc.update("insert into calendar_plan (version, name, scenario, status, feasible, created_at)"
                + " values (0, 'Test calendar', 'test', 'PUBLISHED', true, ?)", Timestamp.from(Instant.now()));
        Long id = jdbc.queryForObject("select max(id) from calendar_plan", Long.class);
        jdbc.update("insert into calendar_plan_row (plan_id, row_index, exercise_code, start_date, end_date,"
                + " training_area_code, pinned_start, pinned_area) values (?, 0, 'CFX-TEST', date '2027-05-01',"
                + " date '2027-05-14', ?, false, false)", id, area);
        return id;
    }
}
