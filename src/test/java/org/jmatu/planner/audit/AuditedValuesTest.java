package org.jmatu.planner.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.Audited;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Labelled;
import org.jmatu.planner.shared.Language;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/** Issue 15, defect 7: the trail showed stored codes (INFANTRY, GLOBAL_POWER) where the forms show words. */
class AuditedValuesTest {

    private final AuditedValues values = new AuditedValues(Map.of(4L, "KAZ"), List.of("2027-H1", "2027-H2", "2028-H1"));

    /** Phases, garrison steps and attached periods keep a period's index; the trail shows the period's label. */
    @Test
    void periodIndexesReadAsThePeriodsLabels() {
        assertThat(values.shown("first_period", 2)).isEqualTo("2028-H1");
        assertThat(values.shown("first_period", 7)).as("beyond a horizon shortened since").isEqualTo("7");
        assertThat(values.shown("capacity_steps", "P0 → 150, P2 → 250")).isEqualTo("2027-H1 → 150, 2028-H1 → 250");
        assertThat(values.shown("capacity_steps", "P9 → 10")).isEqualTo("P9 → 10");
        assertThat(values.shown("attached_periods", "P0, P1")).isEqualTo("2027-H1, 2027-H2");
    }

    @Test
    void codesOfLabelledEnumsReadAsTheirLabels() {
        assertThat(values.shown("company_type", "INFANTRY")).isEqualTo("Infantry");
        assertThat(values.shown("role", "GLOBAL_POWER")).isEqualTo("Global power");
        assertThat(values.shown("required_capabilities", "CBRN, SIGNAL")).isEqualTo("CBRN defence, Signal");
    }

    @Test
    void codesTheEnumDoesNotKnowAndOtherColumnsStayAsStored() {
        assertThat(values.shown("capabilities", "SATCOM, SIGNAL")).isEqualTo("SATCOM, Signal");
        assertThat(values.shown("code", "INFANTRY")).isEqualTo("INFANTRY");
    }

    @Test
    void nationsRanksAndPlanStatesReadAsTheFormsShowThem() {
        assertThat(values.shown("nation_id", 4L)).isEqualTo("KAZ");
        assertThat(values.shown("rank_code", "OF_5")).isEqualTo("OF-5");
        assertThat(values.shown("status", "PUBLISHED")).isEqualTo("published");
        assertThat(values.shown("skills", null)).isEqualTo("(none)");
    }

    @Test
    void aSavedPlansStateScoreAndFlagsReadInTheReadersLanguage() {
        assertThat(values.shown("score", "0hard/-4medium/-149soft"))
                .isEqualTo("hard rules 0, filling -4, preferences -149");
        assertThat(values.shown("score", "-1hard/-20soft")).isEqualTo("hard rules -1, preferences -20");
        assertThat(values.shown("infeasible", false)).isEqualTo("no");
        assertThat(I18n.in(Language.RU, () -> values.shown("status", "DRAFT"))).isEqualTo("проект");
        assertThat(I18n.in(Language.ZH, () -> values.shown("infeasible", true))).isEqualTo("是");
        assertThat(I18n.in(Language.KK, () -> values.shown("score", "0hard/-4medium/-149soft")))
                .isEqualTo("міндетті ережелер: 0, толтыру: -4, тілектер: -149");
    }

    /** A labelled enum added to an audited record later must be worded too, not shown as its code. */
    @Test
    void everyLabelledEnumColumnOfAnAuditedRecordIsWorded() throws ClassNotFoundException {
        List<String> columns = new ArrayList<>();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        for (var candidate : scanner.findCandidateComponents("org.jmatu.planner")) {
            Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), null);
            if (type.isAnnotationPresent(Audited.class)) {
                for (Field field : type.getDeclaredFields()) {
                    if (field.isAnnotationPresent(Enumerated.class) && Labelled.class.isAssignableFrom(field.getType())) {
                        columns.add(column(field));
                    }
                }
            }
        }
        assertThat(columns).isNotEmpty();
        assertThat(AuditedValues.LABELLED_COLUMNS).containsKeys(columns.toArray(String[]::new));
    }

    private static String column(Field field) {
        Column column = field.getAnnotation(Column.class);
        return column != null && !column.name().isEmpty() ? column.name()
                : field.getName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase();
    }
}
