package org.jmatu.planner.forces;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** How many items of one equipment type a company holds. */
@Embeddable
public class EquipmentHolding {

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER)
    // the company's audit trail keeps the type by id; equipment types have no trail of their own
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private EquipmentType equipmentType;

    @Min(1)
    private int quantity;

    protected EquipmentHolding() {
    }

    public EquipmentHolding(EquipmentType equipmentType, int quantity) {
        this.equipmentType = equipmentType;
        this.quantity = quantity;
    }

    public EquipmentType getEquipmentType() { return equipmentType; }
    public int getQuantity() { return quantity; }

    @Override
    public String toString() {
        return quantity + " × " + equipmentType.getCode();
    }
}
