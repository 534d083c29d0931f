package org.jmatu.planner.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jmatu.planner.forces.Capability;
import org.jmatu.planner.forces.CompanyType;
import org.jmatu.planner.shared.EquipmentStandard;
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
            Map.entry("reason", RequestReason.class));

    private final Map<Object, String> nationCodes;

    AuditedValues(Map<Object, String> nationCodes) {
        this.nationCodes = nationCodes;
    }

    String shown(String column, Object value) {
        if (value == null) {
            return I18n.t("audit.none");
        }
        if (column.equals("nation_id") || column.equals("origin_id")) {
            return nationCodes.getOrDefault(((Number) value).longValue(), "#" + value);
        }
        String text = value.toString();
        if (column.startsWith("rank")) {
            return text.replace('_', '-');
        }
        if (column.equals("status")) {
            return sentenceCase(text); // a saved plan's DRAFT, PUBLISHED, …: words without a label table
        }
        Class<? extends Enum<?>> labelled = LABELLED_COLUMNS.get(column);
        return labelled == null ? text : eachItem(text, code -> Labelled.labelOf(labelled, code));
    }

    /** Collections arrive as their items joined by ", " (see {@link AuditedCollection}). */
    private static String eachItem(String items, UnaryOperator<String> wording) {
        return Arrays.stream(items.split(", ")).map(wording).collect(Collectors.joining(", "));
    }

    private static String sentenceCase(String code) {
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
