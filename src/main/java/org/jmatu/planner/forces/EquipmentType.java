package org.jmatu.planner.forces;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jmatu.planner.shared.EquipmentStandard;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.VersionedEntity;

/** A type of equipment: where it comes from, which standard its maintainers must know, what it enables. */
@Entity
// every change and delete goes into the audit trail; records it refers to are audited on their own
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class EquipmentType extends VersionedEntity {

    @NotBlank
    @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{0,29}", message = "{equipment.code.pattern}")
    @Size(max = 30)
    @Column(unique = true)
    private String code;

    @NotBlank
    @Size(max = 120)
    private String name;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER)
    private Nation origin;

    @NotNull
    @Enumerated(EnumType.STRING)
    private EquipmentStandard standard;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "equipment_type_capability", joinColumns = @JoinColumn(name = "equipment_type_id"))
    @Column(name = "capability")
    private Set<String> capabilities = new LinkedHashSet<>();

    @Size(max = 40)
    private String maintenanceSkill;

    protected EquipmentType() {
    }

    public EquipmentType(String code, String name, Nation origin, EquipmentStandard standard,
                         Set<String> capabilities, String maintenanceSkill) {
        this.code = code;
        this.name = name;
        this.origin = origin;
        this.standard = standard;
        this.capabilities = new LinkedHashSet<>(capabilities);
        this.maintenanceSkill = maintenanceSkill;
    }

    public static EquipmentType blank() {
        EquipmentType type = new EquipmentType();
        type.standard = EquipmentStandard.SOVIET;
        return type;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Nation getOrigin() { return origin; }
    public void setOrigin(Nation origin) { this.origin = origin; }
    public EquipmentStandard getStandard() { return standard; }
    public void setStandard(EquipmentStandard standard) { this.standard = standard; }
    public Set<String> getCapabilities() { return capabilities; }
    public void setCapabilities(Set<String> capabilities) { this.capabilities = new LinkedHashSet<>(capabilities); }
    public String getMaintenanceSkill() { return maintenanceSkill; }
    public void setMaintenanceSkill(String maintenanceSkill) { this.maintenanceSkill = maintenanceSkill; }

    @Override
    public String toString() {
        return code;
    }
}
