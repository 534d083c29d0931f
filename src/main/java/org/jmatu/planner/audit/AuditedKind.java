package org.jmatu.planner.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of record with an audit trail: their entity (by simple class name, so that this module needs none of
 * the other modules' classes), their Envers table and the column that names a record to people.
 */
public enum AuditedKind {
    POST("Post", "Post", "post_aud", "code"),
    PERSON("Person", "Person", "person_aud", "code"),
    COMPANY("Company", "Company", "company_aud", "code"),
    TRAINING_AREA("Training area", "TrainingArea", "training_area_aud", "code"),
    EXERCISE("Exercise", "Exercise", "exercise_aud", "code"),
    BLACKOUT("Blackout", "Blackout", "blackout_aud", "name"),
    NATION("Nation", "Nation", "nation_aud", "code"),
    SKILL("Skill", "Skill", "skill_aud", "code"),
    EQUIPMENT_TYPE("Equipment type", "EquipmentType", "equipment_type_aud", "code"),
    ROSTER_PLAN("Roster plan", "SavedRoster", "roster_plan_aud", "plan_number"),
    SIGN_IN_LOCK("Sign-in lock", "SignInLock", "sign_in_lock_aud", "subject"),
    SOURCING_REQUEST("Sourcing request", "SourcingRequest", "sourcing_request_aud", "post_code");

    private final String label;
    private final String entity;
    final String table;
    final String nameColumn;

    AuditedKind(String label, String entity, String table, String nameColumn) {
        this.label = label;
        this.entity = entity;
        this.table = table;
        this.nameColumn = nameColumn;
    }

    /** The kind of an entity class, if that entity is audited. */
    static Optional<AuditedKind> ofEntity(Class<?> type) {
        return Arrays.stream(values()).filter(kind -> kind.entity.equals(type.getSimpleName())).findFirst();
    }

    public String label() {
        return label;
    }
}
