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
import jakarta.persistence.OrderColumn;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jmatu.planner.shared.DateRange;
import org.jmatu.planner.shared.EquipmentStandard;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.VersionedEntity;

/** A company a nation contributes: where it is based, when it is attached and what it brings. */
@Entity
// the audit trail (Envers) keeps this record's fields and collections; referenced records by id only
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Company extends VersionedEntity {

    @NotBlank
    @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,19}", message = "{company.code.pattern}")
    @Size(max = 20)
    @Column(unique = true)
    private String code;

    @NotBlank
    @Size(max = 120)
    private String name;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER)
    private Nation nation;

    @NotNull
    @Enumerated(EnumType.STRING)
    private CompanyType companyType;

    @Min(1)
    @Max(1000)
    private int strength;

    @NotBlank
    @Size(max = 80)
    private String homeBase;

    @DecimalMin("-90")
    @DecimalMax("90")
    private double homeLat;

    @DecimalMin("-180")
    @DecimalMax("180")
    private double homeLon;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "company_capability", joinColumns = @JoinColumn(name = "company_id"))
    @Column(name = "capability")
    private Set<String> capabilities = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "company_attached_period", joinColumns = @JoinColumn(name = "company_id"))
    @Column(name = "period_index")
    private Set<Integer> attachedPeriods = new TreeSet<>();

    @Valid
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "company_unavailability", joinColumns = @JoinColumn(name = "company_id"))
    @OrderColumn(name = "list_index")
    private List<DateRange> unavailable = new ArrayList<>();

    @Valid
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "company_equipment", joinColumns = @JoinColumn(name = "company_id"))
    @OrderColumn(name = "list_index")
    private List<EquipmentHolding> equipment = new ArrayList<>();

    protected Company() {
    }

    public Company(String code, String name, Nation nation, CompanyType companyType, int strength,
                   String homeBase, double homeLat, double homeLon) {
        this.code = code;
        this.name = name;
        this.nation = nation;
        this.companyType = companyType;
        this.strength = strength;
        this.homeBase = homeBase;
        this.homeLat = homeLat;
        this.homeLon = homeLon;
    }

    public static Company blank() {
        Company company = new Company();
        company.companyType = CompanyType.INFANTRY;
        company.strength = 100;
        return company;
    }

    public boolean isAttachedIn(int periodIndex) {
        return attachedPeriods.contains(periodIndex);
    }

    /** The equipment standards this company brings, which its maintainers in the HQ must cover. */
    public Set<EquipmentStandard> standards() {
        Set<EquipmentStandard> standards = EnumSet.noneOf(EquipmentStandard.class);
        equipment.forEach(holding -> standards.add(holding.getEquipmentType().getStandard()));
        return standards;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Nation getNation() { return nation; }
    public void setNation(Nation nation) { this.nation = nation; }
    public CompanyType getCompanyType() { return companyType; }
    public void setCompanyType(CompanyType companyType) { this.companyType = companyType; }
    public int getStrength() { return strength; }
    public void setStrength(int strength) { this.strength = strength; }
    public String getHomeBase() { return homeBase; }
    public void setHomeBase(String homeBase) { this.homeBase = homeBase; }
    public double getHomeLat() { return homeLat; }
    public void setHomeLat(double homeLat) { this.homeLat = homeLat; }
    public double getHomeLon() { return homeLon; }
    public void setHomeLon(double homeLon) { this.homeLon = homeLon; }
    public Set<String> getCapabilities() { return capabilities; }
    public void setCapabilities(Set<String> capabilities) { this.capabilities = new LinkedHashSet<>(capabilities); }
    public Set<Integer> getAttachedPeriods() { return attachedPeriods; }
    public void setAttachedPeriods(Set<Integer> attachedPeriods) { this.attachedPeriods = new TreeSet<>(attachedPeriods); }
    public List<DateRange> getUnavailable() { return unavailable; }
    public void setUnavailable(List<DateRange> unavailable) { this.unavailable = new ArrayList<>(unavailable); }
    public List<EquipmentHolding> getEquipment() { return equipment; }
    public void setEquipment(List<EquipmentHolding> equipment) { this.equipment = new ArrayList<>(equipment); }

    @Override
    public String toString() {
        return code;
    }
}
