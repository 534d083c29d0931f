package org.jmatu.planner.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A member nation and its policy for the people it sends (tour length, consecutive periods, staff share). */
@Entity
// every change and delete goes into the audit trail; records it refers to are audited on their own
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Nation extends VersionedEntity {

    @NotBlank
    @Pattern(regexp = "[A-Z]{3}", message = "{nation.code.pattern}")
    @Size(max = 3)
    @Column(unique = true)
    private String code;

    @NotBlank
    @Size(max = 80)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    private NationRole role;

    @NotNull
    @Enumerated(EnumType.STRING)
    private EquipmentStandard equipmentStandard;

    @Min(1)
    @Max(10)
    private int tourPeriods = 2;

    @Min(1)
    @Max(20)
    private int maxConsecutivePeriods = 2;

    @DecimalMin("0.0")
    @DecimalMax("1.0")
    private double staffShare;

    protected Nation() {
    }

    public Nation(String code, String name, NationRole role, EquipmentStandard equipmentStandard,
                  int tourPeriods, int maxConsecutivePeriods, double staffShare) {
        this.code = code;
        this.name = name;
        this.role = role;
        this.equipmentStandard = equipmentStandard;
        this.tourPeriods = tourPeriods;
        this.maxConsecutivePeriods = maxConsecutivePeriods;
        this.staffShare = staffShare;
    }

    public static Nation blank() {
        Nation nation = new Nation();
        nation.role = NationRole.REGIONAL;
        nation.equipmentStandard = EquipmentStandard.SOVIET;
        return nation;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public NationRole getRole() { return role; }
    public void setRole(NationRole role) { this.role = role; }
    public EquipmentStandard getEquipmentStandard() { return equipmentStandard; }
    public void setEquipmentStandard(EquipmentStandard equipmentStandard) { this.equipmentStandard = equipmentStandard; }
    public int getTourPeriods() { return tourPeriods; }
    public void setTourPeriods(int tourPeriods) { this.tourPeriods = tourPeriods; }
    public int getMaxConsecutivePeriods() { return maxConsecutivePeriods; }
    public void setMaxConsecutivePeriods(int maxConsecutivePeriods) { this.maxConsecutivePeriods = maxConsecutivePeriods; }
    public double getStaffShare() { return staffShare; }
    public void setStaffShare(double staffShare) { this.staffShare = staffShare; }

    @Override
    public String toString() {
        return code;
    }
}
