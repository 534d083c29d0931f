package org.jmatu.planner.growth;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jmatu.planner.forces.Company;
import org.jmatu.planner.shared.VersionedEntity;
import org.jmatu.planner.staffing.Post;

/**
 * A growth phase as stored (V29): from {@link #firstPeriod} on it brings in its sections (by code: a section is a
 * code on the posts), posts and companies (by reference, so that one whose code changes stays in its phase).
 *
 * <p>A post or company deleted from the unit leaves its phase (the foreign keys cascade) rather than having its delete
 * refused through a {@link org.jmatu.planner.shared.ReferenceChecker} as saved plans refuse it: a saved plan records
 * what was decided and must go on naming it, while a phase only says when a record comes in, and a deleted one comes
 * in at no time. The delete itself is in the record's own audit trail.
 */
@Entity
// every change goes into the audit trail, its members too; the posts and companies are audited on their own
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
class GrowthPhase extends VersionedEntity {

    @NotBlank
    @Size(max = 60)
    @Column(unique = true)
    private String name;

    @Min(0)
    private int firstPeriod;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "growth_phase_section", joinColumns = @JoinColumn(name = "phase_id"))
    @Column(name = "section")
    private Set<String> sections = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "growth_phase_post", joinColumns = @JoinColumn(name = "phase_id"),
            inverseJoinColumns = @JoinColumn(name = "post_id"))
    private Set<Post> posts = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "growth_phase_company", joinColumns = @JoinColumn(name = "phase_id"),
            inverseJoinColumns = @JoinColumn(name = "company_id"))
    private Set<Company> companies = new LinkedHashSet<>();

    /** A new phase, given its values by {@link #set}. */
    GrowthPhase() {
    }

    /** Takes these values, changing only what differs, so that an unchanged phase makes no revision. */
    void set(String newName, int newFirstPeriod, Collection<String> newSections, Collection<Post> newPosts,
             Collection<Company> newCompanies) {
        name = newName;
        firstPeriod = newFirstPeriod;
        replace(sections, newSections);
        replace(posts, newPosts);
        replace(companies, newCompanies);
    }

    private static <T> void replace(Set<T> held, Collection<T> wanted) {
        held.retainAll(wanted);
        held.addAll(wanted);
    }

    String getName() { return name; }
    int getFirstPeriod() { return firstPeriod; }
    Set<String> getSections() { return sections; }
    Set<Post> getPosts() { return posts; }
    Set<Company> getCompanies() { return companies; }

    @Override
    public String toString() {
        return name;
    }
}
