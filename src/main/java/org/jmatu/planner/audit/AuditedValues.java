package org.jmatu.planner.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jmatu.planner.forces.Capability;
import org.jmatu.planner.forces.CompanyType;
import org.jmatu.planner.shared.EquipmentStandard;
import org.jmatu.planner.shared.GarrisonKind;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Labelled;
import org.jmatu.planner.shared.NationRole;
import org.jmatu.planner.sourcing.RequestPriority;
import org.jmatu.planner.sourcing.RequestReason;
import org.jmatu.planner.sourcing.RequestState;
import org.jmatu.planner.staffing.SourcingRule;

/**
 * Stored values as the forms word them: a nation by its code, a rank as OF-5 (stored OF_5), a sourcing rule, a
 * company type or a capability by its label. A column holds the same kind of value in every record that has it,
 * so the wording is chosen by column name.
 */
final class AuditedValues {

    /** Columns whose stored codes are the constants of a {@link Labelled} enum (collections by their name). */
    static final Map<String, Class<? extends Enum<?>>> LABELLED_COLUMNS = Map.ofEntries(
            Map.entry("sourcing_rule", SourcingRule.class),
            Map.entry("requires_standard", EquipmentStandard.class),
            Map.entry("equipment_standard", EquipmentStandard.class),
            Map.entry("standard", EquipmentStandard.class),
            Map.entry("role", NationRole.class),
            Map.entry("company_type", CompanyType.class),
            Map.entry("capabilities", Capability.class),
            Map.entry("required_capabilities", Capability.class),
            Map.entry("state", RequestState.class),
            Map.entry("priority", RequestPriority.class),
            Map.entry("reason", RequestReason.class),
            Map.entry("kind", GarrisonKind.class));

    /** A saved plan's states, worded as the version lists word them. */
    private static final Set<String> PLAN_STATES = Set.of("DRAFT", "PUBLISHED", "APPROVED", "RETURNED");
    /** A saved plan's score as OptaPlanner writes it: "0hard/-4medium/-149soft", or without the medium level. */
    private static final Pattern SCORE = Pattern.compile("(-?\\d+)hard/(?:(-?\\d+)medium/)?(-?\\d+)soft");

    /** Collections that name periods by index, as their audit queries write them: "P0, P1", "P3 → 250". */
    private static final Set<String> PERIOD_COLLECTIONS = Set.of("attached_periods", "capacity_steps");
    private static final Pattern PERIOD_INDEX = Pattern.compile("\\bP(\\d+)\\b");

    private final Map<Object, String> nationCodes;
    private final List<String> periodLabels;

    /** {@code periodLabels}: the horizon's periods by index ("2028-H1"), for the columns that keep a period's index. */
    AuditedValues(Map<Object, String> nationCodes, List<String> periodLabels) {
        this.nationCodes = nationCodes;
        this.periodLabels = periodLabels;
    }

    /** The period's label, or {@code stored} for an index beyond the horizon (it may have been shortened since). */
    private String period(int index, String stored) {
        return index >= 0 && index < periodLabels.size() ? periodLabels.get(index) : stored;
    }

    String shown(String column, Object value) {
        if (value == null) {
            return I18n.t("audit.none");
        }
        if (column.equals("nation_id") || column.equals("origin_id")) {
            return nationCodes.getOrDefault(((Number) value).longValue(), "#" + value);
        }
        if (value instanceof Boolean yes) {
            return I18n.t(yes ? "audit.yes" : "audit.no");
        }
        String text = value.toString();
        if (column.equals("first_period") && value instanceof Number index) {
            return period(index.intValue(), text);
        }
        if (PERIOD_COLLECTIONS.contains(column)) {
            return PERIOD_INDEX.matcher(text).replaceAll(index -> Matcher.quoteReplacement(
                    period(Integer.parseInt(index.group(1)), index.group())));
        }
        if (column.startsWith("rank")) {
            return text.replace('_', '-');
        }
        if (column.equals("status") && PLAN_STATES.contains(text)) {
            return I18n.t("refs.status." + text.toLowerCase(Locale.ROOT));
        }
        Matcher score = SCORE.matcher(text);
        if (column.equals("score") && score.matches()) {
            return score.group(2) == null ? I18n.t("audit.score.hard-soft", score.group(1), score.group(3))
                    : I18n.t("audit.score", score.group(1), score.group(2), score.group(3));
        }
        Class<? extends Enum<?>> labelled = LABELLED_COLUMNS.get(column);
        return labelled == null ? text : eachItem(text, code -> Labelled.labelOf(labelled, code));
    }

    /** Collections arrive as their items joined by ", " (see {@link AuditedCollection}). */
    private static String eachItem(String items, UnaryOperator<String> wording) {
        return Arrays.stream(items.split(", ")).map(wording).collect(Collectors.joining(", "));
    }
}
