package org.jmatu.planner.audit;

import java.util.Map;
import java.util.Set;
import org.jmatu.planner.shared.I18n;

/**
 * The audit tables' columns as people read them, in the page's language: by the label of the form field that
 * edits them where there is one ("rank_min" reads as the posts form's "Lowest rank"), else by a label of their own.
 * A column not listed here (one a newer migration added) reads as its name in words ("english_min" "English min").
 */
final class AuditedFields {

    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("code", "common.code"),
            Map.entry("name", "common.name"),
            Map.entry("nation_id", "common.nation"),
            Map.entry("rank_code", "common.rank"),
            Map.entry("skills", "common.skills"),
            Map.entry("english", "common.english"),
            Map.entry("native_name", "native.name"),
            Map.entry("available_from", "personnel.available-from"),
            Map.entry("available_to", "personnel.available-to"),
            Map.entry("title", "posts.post-title"),
            Map.entry("section", "posts.section"),
            Map.entry("display_order", "posts.order"),
            Map.entry("rank_min", "posts.rank-min"),
            Map.entry("rank_max", "posts.rank-max"),
            Map.entry("english_min", "posts.english-min"),
            Map.entry("sourcing_rule", "posts.sourcing"),
            Map.entry("sourcing_nations", "posts.sourcing-nations"),
            Map.entry("key_group", "posts.key-group"),
            Map.entry("max_nation_consecutive", "posts.max-consecutive"),
            Map.entry("active_from", "posts.active-from"),
            Map.entry("active_to", "posts.active-to"),
            Map.entry("requires_standard", "posts.requires-standard"),
            Map.entry("role", "nations.role"),
            Map.entry("equipment_standard", "nations.equipment-standard"),
            Map.entry("tour_periods", "nations.tour"),
            Map.entry("max_consecutive_periods", "nations.max-consecutive"),
            Map.entry("staff_share", "nations.staff-share"),
            Map.entry("strength", "companies.strength"),
            Map.entry("home_base", "companies.home-base"),
            Map.entry("home_lat", "companies.home-lat"),
            Map.entry("home_lon", "companies.home-lon"),
            Map.entry("attached_periods", "companies.attached-periods"),
            Map.entry("unavailable", "companies.unavailable"),
            Map.entry("equipment", "companies.equipment"),
            Map.entry("capabilities", "equipment.capabilities"),
            Map.entry("origin_id", "equipment.origin"),
            Map.entry("standard", "equipment.standard"),
            Map.entry("maintenance_skill", "equipment.maintenance-skill"),
            Map.entry("scenario", "exercises.scenario"),
            Map.entry("earliest_start", "exercises.earliest-start"),
            Map.entry("latest_end", "exercises.latest-end"),
            Map.entry("duration_days", "exercises.duration"),
            Map.entry("min_companies", "exercises.min-companies"),
            Map.entry("max_companies", "exercises.max-companies"),
            Map.entry("required_capabilities", "exercises.capabilities"),
            Map.entry("capacity", "areas.capacity"),
            Map.entry("closed_months", "areas.closed-in"),
            Map.entry("lat", "areas.lat"),
            Map.entry("lon", "areas.lon"),
            Map.entry("nations", "blackouts.nations"),
            Map.entry("subject", "locks.subject"),
            Map.entry("first_period", "growth.phase.first-period"),
            Map.entry("sections", "growth.phase.sections"),
            Map.entry("posts", "growth.phase.posts"),
            Map.entry("companies", "growth.phase.companies"),
            Map.entry("failures", "locks.failures"),
            Map.entry("kind", "housing.kind"),
            Map.entry("upkeep_per_year", "housing.upkeep"),
            Map.entry("capacity_steps", "housing.steps"),
            Map.entry("currency", "burden.model.currency"),
            Map.entry("company_exercise_day", "burden.model.company-exercise-day"),
            Map.entry("exercise_hosted", "burden.model.exercise-hosted"),
            Map.entry("travel_per_km", "burden.model.travel-per-km"),
            Map.entry("housing_place_month", "burden.model.housing-place-month"),
            Map.entry("staff", "burden.model.bands"),
            Map.entry("shares", "burden.agreed-shares"));

    /** Columns no form edits: their labels live under this prefix, by column name. */
    private static final String OWN = "audit.field.";

    private static final Set<String> OWN_LABELS = Set.of("company_type", "date_from", "date_to", "created_at",
            "infeasible", "note", "plan_number", "published_at", "published_by", "review_comment", "reviewed_at",
            "reviewed_by", "score", "status", "lifted_by", "locked_until");

    private AuditedFields() {
    }

    static String label(String column) {
        if (KEYS.containsKey(column)) {
            return I18n.t(KEYS.get(column));
        }
        if (OWN_LABELS.contains(column)) {
            return I18n.t(OWN + column);
        }
        String words = column.replaceAll("_(id|code)$", "").replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
