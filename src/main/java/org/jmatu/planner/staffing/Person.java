package org.jmatu.planner.staffing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.PersonNames;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.shared.VersionedEntity;

/** A person a nation has nominated for HQ staff duty, with what qualifies them and when they are available. */
@Entity
// the audit trail (Envers) keeps this record's fields and collections; referenced records by id only
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Person extends VersionedEntity {

    @NotBlank
    @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,19}", message = "{person.code.pattern}")
    @Size(max = 20)
    @Column(unique = true)
    private String code;

    @NotBlank
    @Size(max = 120)
    private String name;

    /** The name in its own script (Cyrillic, Chinese characters), optional; shown by {@link PersonNames}. */
    @Size(max = PersonNames.MAX_LENGTH)
    private String nativeName;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER)
    private Nation nation;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "rank_code")
    private Rank rank;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "person_skill", joinColumns = @JoinColumn(name = "person_id"),
            inverseJoinColumns = @JoinColumn(name = "skill_id"))
    private Set<Skill> skills = new LinkedHashSet<>();

    @Min(0)
    @Max(5)
    private int english;

    @NotNull
    private LocalDate availableFrom;

    @NotNull
    private LocalDate availableTo;

    protected Person() {
    }

    public Person(String code, String name, Nation nation, Rank rank, int english,
                  LocalDate availableFrom, LocalDate availableTo) {
        this.code = code;
        this.name = name;
        this.nation = nation;
        this.rank = rank;
        this.english = english;
        this.availableFrom = availableFrom;
        this.availableTo = availableTo;
    }

    public static Person blank() {
        Person person = new Person();
        person.rank = Rank.OF_3;
        person.english = 2;
        return person;
    }

    @AssertTrue(message = "{person.availability}")
    public boolean isAvailabilityOrdered() {
        return availableFrom == null || availableTo == null || !availableFrom.isAfter(availableTo);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNativeName() { return nativeName; }
    /** A blank native form is none. */
    public void setNativeName(String nativeName) {
        this.nativeName = nativeName == null || nativeName.isBlank() ? null : nativeName.strip();
    }
    /** The name as the current page's reader reads it: the native form on a page in its script. */
    public String shownName() { return PersonNames.shown(name, nativeName); }
    public Nation getNation() { return nation; }
    public void setNation(Nation nation) { this.nation = nation; }
    public Rank getRank() { return rank; }
    public void setRank(Rank rank) { this.rank = rank; }
    public Set<Skill> getSkills() { return skills; }
    public void setSkills(Set<Skill> skills) { this.skills = new LinkedHashSet<>(skills); }
    public int getEnglish() { return english; }
    public void setEnglish(int english) { this.english = english; }
    public LocalDate getAvailableFrom() { return availableFrom; }
    public void setAvailableFrom(LocalDate availableFrom) { this.availableFrom = availableFrom; }
    public LocalDate getAvailableTo() { return availableTo; }
    public void setAvailableTo(LocalDate availableTo) { this.availableTo = availableTo; }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
