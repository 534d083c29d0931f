package org.jmatu.planner.planning;

import java.util.List;
import java.util.Locale;
import org.jmatu.planner.exercises.Exercise;
import org.jmatu.planner.exercises.TrainingArea;
import org.jmatu.planner.forces.Company;
import org.jmatu.planner.shared.Message;
import org.jmatu.planner.shared.ReferenceChecker;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.Post;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Saved roster and calendar versions name people, posts, companies, training areas and exercises by code. A
 * delete of one of them would leave those versions pointing at nothing (a published roster with a holder who
 * no longer exists, an exercise hosted nowhere), so the delete is refused with the versions named.
 *
 * <p>Plain SQL over the saved plans' tables, because the plan entities are internal to the solver packages
 * and this check must not depend on how those are arranged.
 */
@Component
class PlanReferences implements ReferenceChecker {

    private static final String ROSTERS = "select distinct p.plan_number, p.status from roster_assignment a"
            + " join roster_plan p on p.id = a.plan_id where a.%s = ? order by p.plan_number desc";
    private static final String CALENDARS = "select distinct c.id, c.name, c.status from calendar_plan_row r"
            + " join calendar_plan c on c.id = r.plan_id where r.%s = ? order by c.id desc";
    private static final String CALENDARS_BY_COMPANY = "select distinct c.id, c.name, c.status"
            + " from calendar_plan_row_company rc join calendar_plan_row r on r.id = rc.row_id"
            + " join calendar_plan c on c.id = r.plan_id where rc.company_code = ? order by c.id desc";

    private static final int SHOWN = 5;

    private final JdbcTemplate jdbc;

    PlanReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Message> referencesTo(Object record) {
        List<Message> plans = switch (record) {
            case Person person -> rosters("person_code", person.getCode());
            case Post post -> rosters("post_code", post.getCode());
            case Company company -> calendars(CALENDARS_BY_COMPANY, company.getCode());
            case TrainingArea area -> calendars(CALENDARS.formatted("training_area_code"), area.getCode());
            case Exercise exercise -> calendars(CALENDARS.formatted("exercise_code"), exercise.getCode());
            default -> List.of();
        };
        return plans.isEmpty() ? List.of() : List.of(Message.of("refs.saved-plans", named(plans)));
    }

    /** "roster v3 (published), roster v2 (draft)", the first few only when there are many. */
    private static Object named(List<Message> plans) {
        List<Message> first = plans.stream().limit(SHOWN).toList();
        return plans.size() > SHOWN ? Message.of("refs.more", first, plans.size() - SHOWN) : first;
    }

    private List<Message> rosters(String column, String code) {
        return jdbc.query(ROSTERS.formatted(column), (rs, row) -> Message.of("refs.roster",
                String.valueOf(rs.getInt("plan_number")), status(rs.getString("status"))), code);
    }

    private List<Message> calendars(String sql, String code) {
        return jdbc.query(sql, (rs, row) -> Message.of("refs.calendar", rs.getString("name"),
                status(rs.getString("status"))), code);
    }

    /** A saved version's status (DRAFT, PUBLISHED, APPROVED, RETURNED) in words. */
    private static Message status(String code) {
        return Message.of("refs.status." + code.toLowerCase(Locale.ROOT));
    }
}
