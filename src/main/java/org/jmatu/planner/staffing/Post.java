package org.jmatu.planner.staffing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.shared.VersionedEntity;

/** A post of the HQ establishment: who may hold it (rank band, skills, English, sourcing) and when it exists. */
@Entity
// the audit trail (Envers) keeps this record's fields and collections; referenced records by id only
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Post extends VersionedEntity {

    @NotBlank
    @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,19}", message = "{post.code.pattern}")
    @Size(max = 20)
    @Column(unique = true)
    private String code;

    @NotBlank
    @Size(max = 120)
    private String title;

    @NotBlank
    @Size(max = 60)
    private String section;

    private int displayOrder;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "rank_min")
    private Rank rankMin;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "rank_max")
    private Rank rankMax;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "post_skill", joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "skill_id"))
    private Set<Skill> skills = new LinkedHashSet<>();

    @Min(0)
    @Max(5)
    private int englishMin;

    @NotNull
    @Enumerated(EnumType.STRING)
    private SourcingRule sourcingRule;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "post_sourcing_nation", joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "nation_id"))
    private Set<Nation> sourcingNations = new LinkedHashSet<>();

    @Size(max = 40)
    private String keyGroup;

    @Min(1)
    @Max(20)
    private int maxNationConsecutive = 2;

    @Min(0)
    private Integer activeFrom;

    @Min(0)
    private Integer activeTo;

    @Enumerated(EnumType.STRING)
    private EquipmentStandard requiresStandard;

    protected Post() {
    }

    public Post(String code, String title, String section, Rank rankMin, Rank rankMax, int englishMin,
                SourcingRule sourcingRule) {
        this.code = code;
        this.title = title;
        this.section = section;
        this.rankMin = rankMin;
        this.rankMax = rankMax;
        this.englishMin = englishMin;
        this.sourcingRule = sourcingRule;
    }

    public static Post blank() {
        Post post = new Post();
        post.rankMin = Rank.OF_2;
        post.rankMax = Rank.OF_4;
        post.englishMin = 2;
        post.sourcingRule = SourcingRule.ANY;
        return post;
    }

    @AssertTrue(message = "{post.rank-band}")
    public boolean isRankBandOrdered() {
        return rankMin == null || rankMax == null || rankMin.compareTo(rankMax) <= 0;
    }

    @AssertTrue(message = "{post.sourcing}")
    public boolean isSourcingComplete() {
        return sourcingRule == null || sourcingRule == SourcingRule.ANY || !sourcingNations.isEmpty();
    }

    @AssertTrue(message = "{post.activity}")
    public boolean isActivityOrdered() {
        return activeFrom == null || activeTo == null || activeFrom <= activeTo;
    }

    /** Active in period {@code index} by its own bounds; an equipment standard may narrow this further. */
    public boolean isActiveIn(int index) {
        return (activeFrom == null || index >= activeFrom) && (activeTo == null || index <= activeTo);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSection() { return section; }
    public void setSection(String section) { this.section = section; }
    public int getDisplayOrder() { return displayOrder; }
    public void setDisplayOrder(int displayOrder) { this.displayOrder = displayOrder; }
    public Rank getRankMin() { return rankMin; }
    public void setRankMin(Rank rankMin) { this.rankMin = rankMin; }
    public Rank getRankMax() { return rankMax; }
    public void setRankMax(Rank rankMax) { this.rankMax = rankMax; }
    public Set<Skill> getSkills() { return skills; }
    public void setSkills(Set<Skill> skills) { this.skills = new LinkedHashSet<>(skills); }
    public int getEnglishMin() { return englishMin; }
    public void setEnglishMin(int englishMin) { this.englishMin = englishMin; }
    public SourcingRule getSourcingRule() { return sourcingRule; }
    public void setSourcingRule(SourcingRule sourcingRule) { this.sourcingRule = sourcingRule; }
    public Set<Nation> getSourcingNations() { return sourcingNations; }
    public void setSourcingNations(Set<Nation> sourcingNations) { this.sourcingNations = new LinkedHashSet<>(sourcingNations); }
    public String getKeyGroup() { return keyGroup; }
    public void setKeyGroup(String keyGroup) { this.keyGroup = keyGroup == null || keyGroup.isBlank() ? null : keyGroup; }
    public int getMaxNationConsecutive() { return maxNationConsecutive; }
    public void setMaxNationConsecutive(int maxNationConsecutive) { this.maxNationConsecutive = maxNationConsecutive; }
    public Integer getActiveFrom() { return activeFrom; }
    public void setActiveFrom(Integer activeFrom) { this.activeFrom = activeFrom; }
    public Integer getActiveTo() { return activeTo; }
    public void setActiveTo(Integer activeTo) { this.activeTo = activeTo; }
    public EquipmentStandard getRequiresStandard() { return requiresStandard; }
    public void setRequiresStandard(EquipmentStandard requiresStandard) { this.requiresStandard = requiresStandard; }

    @Override
    public String toString() {
        return code;
    }
}
