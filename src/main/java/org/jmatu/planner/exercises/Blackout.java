package org.jmatu.planner.exercises;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.VersionedEntity;

/** Days on which the named nations cannot host or send troops: other exercises, national holidays. */
@Entity
// every change and delete goes into the audit trail; records it refers to are audited on their own
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Blackout extends VersionedEntity {

    @NotBlank
    @Size(max = 120)
    private String name;

    @NotNull
    @Column(name = "date_from")
    private LocalDate from;

    @NotNull
    @Column(name = "date_to")
    private LocalDate to;

    @NotEmpty(message = "{blackout.nations}")
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "blackout_nation", joinColumns = @JoinColumn(name = "blackout_id"),
            inverseJoinColumns = @JoinColumn(name = "nation_id"))
    private Set<Nation> nations = new LinkedHashSet<>();

    protected Blackout() {
    }

    public Blackout(String name, LocalDate from, LocalDate to, Set<Nation> nations) {
        this.name = name;
        this.from = from;
        this.to = to;
        this.nations = new LinkedHashSet<>(nations);
    }

    public static Blackout blank() {
        return new Blackout();
    }

    @AssertTrue(message = "{blackout.order}")
    public boolean isOrdered() {
        return from == null || to == null || !from.isAfter(to);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public Set<Nation> getNations() { return nations; }
    public void setNations(Set<Nation> nations) { this.nations = new LinkedHashSet<>(nations); }

    @Override
    public String toString() {
        return name;
    }
}
