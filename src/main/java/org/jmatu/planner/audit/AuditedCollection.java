package org.jmatu.planner.audit;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A collection of an audited record (a post's skills, a company's equipment, …) as Envers keeps it: one row per
 * element added or removed in a revision. Replaying those rows gives what the collection held after each
 * revision, which the trail then compares like any other field. {@code sql} selects owner, rev, revtype and a
 * readable item for each audit row.
 */
record AuditedCollection(AuditedKind owner, String name, String sql) {

    private static final int REMOVED = 2;

    static final List<AuditedCollection> ALL = List.of(
            new AuditedCollection(AuditedKind.POST, "skills", "select a.post_id, a.rev, a.revtype,"
                    + " coalesce(s.code, concat('#', a.skill_id)) from post_skill_aud a left join skill s on s.id = a.skill_id"),
            new AuditedCollection(AuditedKind.POST, "sourcing_nations", "select a.post_id, a.rev, a.revtype,"
                    + " coalesce(n.code, concat('#', a.nation_id)) from post_sourcing_nation_aud a"
                    + " left join nation n on n.id = a.nation_id"),
            new AuditedCollection(AuditedKind.PERSON, "skills", "select a.person_id, a.rev, a.revtype,"
                    + " coalesce(s.code, concat('#', a.skill_id)) from person_skill_aud a left join skill s on s.id = a.skill_id"),
            new AuditedCollection(AuditedKind.COMPANY, "capabilities", "select a.company_id, a.rev, a.revtype,"
                    + " a.capability from company_capability_aud a"),
            new AuditedCollection(AuditedKind.COMPANY, "attached_periods", "select a.company_id, a.rev, a.revtype,"
                    + " concat('P', a.period_index) from company_attached_period_aud a"),
            new AuditedCollection(AuditedKind.COMPANY, "equipment", "select a.company_id, a.rev, a.revtype,"
                    + " concat(a.quantity, ' × ', coalesce(e.code, concat('#', a.equipment_type_id)))"
                    + " from company_equipment_aud a left join equipment_type e on e.id = a.equipment_type_id"),
            new AuditedCollection(AuditedKind.TRAINING_AREA, "closed_months", "select a.training_area_id, a.rev,"
                    + " a.revtype, cast(a.month_number as varchar(2)) from training_area_closed_month_aud a"),
            new AuditedCollection(AuditedKind.EXERCISE, "required_capabilities", "select a.exercise_id, a.rev,"
                    + " a.revtype, a.capability from exercise_required_capability_aud a"),
            new AuditedCollection(AuditedKind.EQUIPMENT_TYPE, "capabilities", "select a.equipment_type_id, a.rev,"
                    + " a.revtype, a.capability from equipment_type_capability_aud a"),
            new AuditedCollection(AuditedKind.BLACKOUT, "nations", "select a.blackout_id, a.rev, a.revtype,"
                    + " coalesce(n.code, concat('#', a.nation_id)) from blackout_nation_aud a"
                    + " left join nation n on n.id = a.nation_id"),
            new AuditedCollection(AuditedKind.LANGUAGE_COURSE, "nations", "select a.course_id, a.rev, a.revtype,"
                    + " coalesce(n.code, concat('#', a.nation_id)) from language_course_nation_aud a"
                    + " left join nation n on n.id = a.nation_id"),
            new AuditedCollection(AuditedKind.LANGUAGE_COURSE, "attendance", "select a.course_id, a.rev, a.revtype,"
                    + " concat(a.person_code, case when a.attends then ' attends' else ' does not attend' end)"
                    + " from language_course_attendance_aud a"),
            new AuditedCollection(AuditedKind.GROWTH_PHASE, "sections", "select a.phase_id, a.rev, a.revtype,"
                    + " a.section from growth_phase_section_aud a"),
            // a post or company deleted since reads as its id: its own trail says what it was
            new AuditedCollection(AuditedKind.GROWTH_PHASE, "posts", "select a.phase_id, a.rev, a.revtype,"
                    + " coalesce(p.code, concat('#', a.post_id)) from growth_phase_post_aud a"
                    + " left join post p on p.id = a.post_id"),
            new AuditedCollection(AuditedKind.GROWTH_PHASE, "companies", "select a.phase_id, a.rev, a.revtype,"
                    + " coalesce(c.code, concat('#', a.company_id)) from growth_phase_company_aud a"
                    + " left join company c on c.id = a.company_id"),
            new AuditedCollection(AuditedKind.COMPANY, "unavailable", "select a.company_id, a.rev, a.revtype,"
                    + " concat(a.date_from, ' to ', a.date_to, ' ', a.reason) from company_unavailability_aud a"),
            new AuditedCollection(AuditedKind.GARRISON, "capacity_steps", "select a.garrison_id, a.rev, a.revtype,"
                    + " concat('P', a.from_period, ' → ', a.places) from garrison_capacity_step_aud a"),
            new AuditedCollection(AuditedKind.COST_MODEL, "staff", "select a.cost_model_id, a.rev, a.revtype,"
                    + " concat(replace(a.rank_min, '_', '-'), '–', replace(a.rank_max, '_', '-'), ': ',"
                    + " cast(a.person_period as decimal(19, 2))) from cost_model_staff_aud a"),
            new AuditedCollection(AuditedKind.FUNDING_AGREEMENT, "shares", "select a.agreement_id, a.rev, a.revtype,"
                    + " concat(a.nation_code, ' ', cast(a.share * 100 as decimal(7, 2)), ' %') from funding_share_aud a"));

    static List<AuditedCollection> of(AuditedKind kind) {
        return ALL.stream().filter(collection -> collection.owner == kind).toList();
    }

    /**
     * Per owner id, what the collection held (items sorted and joined, null when empty) after each revision
     * that changed it. Removals are replayed before additions of the same revision, so an element replaced by
     * an equal one stays.
     */
    Map<Long, NavigableMap<Long, String>> history(JdbcTemplate jdbc) {
        Map<Long, NavigableMap<Long, String>> history = new HashMap<>();
        Map<Long, List<String>> held = new HashMap<>();
        jdbc.query(sql + " order by 1, 2, 3 desc", (ResultSet rs) -> {
            long id = rs.getLong(1);
            List<String> items = held.computeIfAbsent(id, key -> new ArrayList<>());
            String item = rs.getString(4).strip();
            if (rs.getInt(3) == REMOVED) {
                items.remove(item);
            } else {
                items.add(item);
            }
            history.computeIfAbsent(id, key -> new TreeMap<>()).put(rs.getLong(2),
                    items.isEmpty() ? null : String.join(", ", items.stream().sorted().toList()));
        });
        return history;
    }
}
