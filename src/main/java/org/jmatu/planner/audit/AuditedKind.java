package org.jmatu.planner.audit;

import java.util.Arrays;
import java.util.Optional;
import org.jmatu.planner.shared.TranslatedEnum;

/**
 * The kinds of record with an audit trail: their entity (by simple class name, so that this module needs none of
 * the other modules' classes), their Envers table and the column that names a record to people.
 */
public enum AuditedKind implements TranslatedEnum {
    POST("Post", "post_aud", "code"),
    PERSON("Person", "person_aud", "code"),
    COMPANY("Company", "company_aud", "code"),
    TRAINING_AREA("TrainingArea", "training_area_aud", "code"),
    EXERCISE("Exercise", "exercise_aud", "code"),
    BLACKOUT("Blackout", "blackout_aud", "name"),
    LANGUAGE_COURSE("LanguageCourse", "language_course_aud", "code"),
    NATION("Nation", "nation_aud", "code"),
    SKILL("Skill", "skill_aud", "code"),
    EQUIPMENT_TYPE("EquipmentType", "equipment_type_aud", "code"),
    ROSTER_PLAN("SavedRoster", "roster_plan_aud", "plan_number"),
    SIGN_IN_LOCK("SignInLock", "sign_in_lock_aud", "subject"),
    SOURCING_REQUEST("SourcingRequest", "sourcing_request_aud", "post_code"),
    GARRISON("Garrison", "garrison_aud", "code"),
    GROWTH_PHASE("GrowthPhase", "growth_phase_aud", "name"),
    COST_MODEL("CostModel", "cost_model_aud", "currency"),
    FUNDING_AGREEMENT("FundingAgreement", "funding_agreement_aud", "id");

    private final String entity;
    final String table;
    final String nameColumn;

    AuditedKind(String entity, String table, String nameColumn) {
        this.entity = entity;
        this.table = table;
        this.nameColumn = nameColumn;
    }

    /** The kind of an entity class, if that entity is audited. */
    static Optional<AuditedKind> ofEntity(Class<?> type) {
        return Arrays.stream(values()).filter(kind -> kind.entity.equals(type.getSimpleName())).findFirst();
    }
}
