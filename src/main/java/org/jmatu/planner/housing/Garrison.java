package org.jmatu.planner.housing;

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
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jmatu.planner.shared.GarrisonKind;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.VersionedEntity;

/**
 * Barracks, family housing or a training facility, kept by one nation, with its places from each period on
 * ({@link CapacityStep}s) and its upkeep per year. The scenario's {@code growth.garrisons} as planners edit them.
 */
@Entity
// every change and delete goes into the audit trail; the nation it refers to is audited on its own
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Garrison extends VersionedEntity {

    @NotBlank
    @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,19}", message = "{garrison.code.pattern}")
    @Size(max = 20)
    @Column(unique = true)
    private String code;

    @NotBlank
    @Size(max = 120)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    private GarrisonKind kind;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER)
    private Nation nation;

    @DecimalMin("0")
    private double upkeepPerYear;

    /** Where the scenario file lists it, so that an export keeps the file's order; not a planner's edit. */
    @NotAudited
    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "garrison_capacity_step", joinColumns = @JoinColumn(name = "garrison_id"))
    @OrderColumn(name = "list_index")
    private List<@Valid CapacityStep> capacity = new ArrayList<>();

    protected Garrison() {
    }

    public Garrison(String code, String name, GarrisonKind kind, Nation nation, double upkeepPerYear,
                    List<CapacityStep> capacity) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.nation = nation;
        this.upkeepPerYear = upkeepPerYear;
        setCapacity(capacity);
    }

    /** A new garrison as the form opens it: family housing, the kind the HQ staff's tours fill. */
    public static Garrison blank() {
        Garrison garrison = new Garrison();
        garrison.kind = GarrisonKind.FAMILY_HOUSING;
        return garrison;
    }

    @AssertTrue(message = "{garrison.steps.distinct}")
    public boolean isOneStepPerPeriod() {
        Set<Integer> periods = new HashSet<>();
        return capacity.stream().map(CapacityStep::getFromPeriod).filter(Objects::nonNull).allMatch(periods::add);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public GarrisonKind getKind() { return kind; }
    public void setKind(GarrisonKind kind) { this.kind = kind; }
    public Nation getNation() { return nation; }
    public void setNation(Nation nation) { this.nation = nation; }
    public double getUpkeepPerYear() { return upkeepPerYear; }
    public void setUpkeepPerYear(double upkeepPerYear) { this.upkeepPerYear = upkeepPerYear; }
    int getPosition() { return position; }
    void setPosition(int position) { this.position = position; }

    /** The steps in period order. */
    public List<CapacityStep> getCapacity() {
        return List.copyOf(capacity);
    }

    /**
     * Keeps the steps in period order (a step still without its period last); the same steps again change nothing,
     * so that saving an untouched form neither raises the version nor writes an empty change into the audit trail.
     */
    public void setCapacity(List<CapacityStep> steps) {
        List<CapacityStep> ordered = steps.stream().sorted(Comparator.comparing(CapacityStep::getFromPeriod,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        if (!capacity.equals(ordered)) {
            capacity.clear();
            capacity.addAll(ordered);
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
