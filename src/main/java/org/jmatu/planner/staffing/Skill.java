package org.jmatu.planner.staffing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jmatu.planner.shared.Labelled;
import org.jmatu.planner.shared.VersionedEntity;

/** A qualification a post requires and a nominee holds, e.g. COMMAND, LOGISTICS, MAINT_NATO. */
@Entity
// every change and delete goes into the audit trail; records it refers to are audited on their own
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Skill extends VersionedEntity implements Labelled {

    @NotBlank
    @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "{skill.code.pattern}")
    @Size(max = 40)
    @Column(unique = true)
    private String code;

    @NotBlank
    @Size(max = 120)
    private String name;

    protected Skill() {
    }

    public Skill(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public static Skill blank() {
        return new Skill();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }

    /** Lists name a skill as planners do ("Staff management"); files and the API keep its code. */
    @Override
    public String label() {
        return name == null || name.isBlank() ? code : name;
    }

    @Override
    public String toString() {
        return code;
    }
}
