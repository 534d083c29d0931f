package org.jmatu.planner.exercises;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.VersionedEntity;

/** A training area of a member nation that can host an exercise, except in the months it is closed. */
@Entity
// every change and delete goes into the audit trail; the nation it refers to is audited on its own
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class TrainingArea extends VersionedEntity {

    @NotBlank
    @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,19}", message = "{area.code.pattern}")
    @Size(max = 20)
    @Column(unique = true)
    private String code;

    @NotBlank
    @Size(max = 120)
    private String name;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER)
    private Nation nation;

    @Min(1)
    @Max(100)
    private int capacity;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_area_closed_month", joinColumns = @JoinColumn(name = "training_area_id"))
    @Column(name = "month_number")
    private Set<@Min(1) @Max(12) Integer> closedMonths = new TreeSet<>();

    @DecimalMin("-90")
    @DecimalMax("90")
    private double lat;

    @DecimalMin("-180")
    @DecimalMax("180")
    private double lon;

    protected TrainingArea() {
    }

    public TrainingArea(String code, String name, Nation nation, int capacity, Set<Integer> closedMonths,
                        double lat, double lon) {
        this.code = code;
        this.name = name;
        this.nation = nation;
        this.capacity = capacity;
        this.closedMonths = new TreeSet<>(closedMonths);
        this.lat = lat;
        this.lon = lon;
    }

    public static TrainingArea blank() {
        TrainingArea area = new TrainingArea();
        area.capacity = 4;
        return area;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Nation getNation() { return nation; }
    public void setNation(Nation nation) { this.nation = nation; }
    public int getCapacity() { return capacity; }
    public void setCapacity(int capacity) { this.capacity = capacity; }
    public Set<Integer> getClosedMonths() { return closedMonths; }
    public void setClosedMonths(Set<Integer> closedMonths) { this.closedMonths = new TreeSet<>(closedMonths); }
    public double getLat() { return lat; }
    public void setLat(double lat) { this.lat = lat; }
    public double getLon() { return lon; }
    public void setLon(double lon) { this.lon = lon; }

    @Override
    public String toString() {
        return code;
    }
}
