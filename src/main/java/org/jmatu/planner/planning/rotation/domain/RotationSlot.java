package org.jmatu.planner.planning.rotation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jmatu.planner.shared.Period;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One active (post, period) slot (rule 1). The holder is a nullable planning variable whose value range is
 * this slot's own eligible nominees, filtered before search by sourcing, rank, skills, English and
 * availability (rules 2, 3, 5). A pinned slot keeps its holder (rule 9).
 */
@PlanningEntity
public class RotationSlot {

    public static final String NOMINEES = "nominees";

    @PlanningId
    private String id;
    private PostFact post;
    private Period period;
    private LocalDate reportBy;
    private List<PersonFact> nominees;
    private boolean pinned;
    private PersonFact pinnedPerson;
    private PersonFact baseline;
    /** Nominees whose English reaches the post's minimum only on a course that ends by {@link #reportBy}. */
    private Set<PersonFact> qualifiedByCourse = Set.of();

    @PlanningVariable(valueRangeProviderRefs = NOMINEES, nullable = true)
    private PersonFact person;

    public RotationSlot() {
    }

    public RotationSlot(PostFact post, Period period, int handoverDays, List<PersonFact> nominees) {
        this.id = post.id() + "@" + period.index();
        this.post = post;
        this.period = period;
        this.reportBy = period.start().minusDays(handoverDays);
        this.nominees = nominees;
    }

    @ValueRangeProvider(id = NOMINEES)
    public List<PersonFact> getNominees() {
        return nominees;
    }

    public void setNominees(List<PersonFact> nominees) {
        this.nominees = nominees;
    }

    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    /** Pins this slot to {@code holder} (null pins it unfilled) and assigns it. */
    public void pin(PersonFact holder) {
        this.pinned = true;
        this.pinnedPerson = holder;
        this.person = holder;
    }

    public void unpin() {
        this.pinned = false;
        this.pinnedPerson = null;
    }

    public boolean pinBroken() {
        return pinned && !Objects.equals(person, pinnedPerson);
    }

    public String getId() { return id; }
    public PostFact getPost() { return post; }
    public Period getPeriod() { return period; }
    public int getPeriodIndex() { return period.index(); }
    public LocalDate getReportBy() { return reportBy; }
    public PersonFact getPerson() { return person; }
    public void setPerson(PersonFact person) { this.person = person; }
    public PersonFact getPinnedPerson() { return pinnedPerson; }
    public PersonFact getBaseline() { return baseline; }
    public void setBaseline(PersonFact baseline) { this.baseline = baseline; }

    /** The key group of the post, or null. */
    public String getKeyGroup() {
        return post.keyGroup();
    }

    /** The holder's nation code, or null when unfilled. */
    public NationFact getNation() {
        return person == null ? null : person.nation();
    }

    public boolean holderAvailable() {
        return person == null || person.availableBetween(reportBy, period.end());
    }

    /** Rule 2 as far as facts tell: a course the holder still needs is {@link #needsCourse()}'s question. */
    public boolean holderQualified() {
        return person == null || post.qualifies(person) || qualifiedByCourse.contains(person);
    }

    /** The holder qualifies only once on a course that ends in time (rule 2 with courses). */
    public boolean needsCourse() {
        return person != null && person.english() < post.englishMin() && qualifiedByCourse.contains(person);
    }

    public void setQualifiedByCourse(Set<PersonFact> qualifiedByCourse) {
        this.qualifiedByCourse = qualifiedByCourse;
    }

    public Set<PersonFact> getQualifiedByCourse() {
        return qualifiedByCourse;
    }

    public boolean holderSourced() {
        return person == null || post.sourcedFrom(person.nationCode());
    }

    public boolean changedFromBaseline() {
        return baseline != null && !Objects.equals(baseline, person);
    }

    /** "DCDR in 2028-H1". */
    public String label() {
        return post.id() + " in " + period.label();
    }

    @Override
    public String toString() {
        return id + "=" + person;
    }
}
