package org.jmatu.planner.audit;

/** The kinds of record with an audit trail: their Envers table and the column that names a record to people. */
public enum AuditedKind {
    POST("Post", "post_aud", "code"),
    PERSON("Person", "person_aud", "code"),
    COMPANY("Company", "company_aud", "code"),
    TRAINING_AREA("Training area", "training_area_aud", "code"),
    EXERCISE("Exercise", "exercise_aud", "code"),
    ROSTER_PLAN("Roster plan", "roster_plan_aud", "plan_number");

    private final String label;
    final String table;
    final String nameColumn;

    AuditedKind(String label, String table, String nameColumn) {
        this.label = label;
        this.table = table;
        this.nameColumn = nameColumn;
    }

    public String label() {
        return label;
    }
}
