package org.jmatu.planner.staffing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.VersionedEntity;

/**
 * An English course on offer (STANAG 6001): its places take officers of {@link #nations} (any nation where none is
 * named) from {@link #fromLevel} up to below {@link #toLevel}, and they come back at {@code toLevel}. The planner's
 * decisions on who attends it ({@link CourseAttendance}) belong to the course, so they are edited, locked and
 * audited with it.
 */
@Entity
// every change and delete goes into the audit trail; the nations it refers to are audited on their own
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class LanguageCourse extends VersionedEntity {

    @NotBlank
    @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,29}", message = "{course.code.pattern}")
    @Size(max = 30)
    @Column(unique = true)
    private String code;

    @NotBlank
    @Size(max = 120)
    private String name;

    @NotNull
    private LocalDate startDate;

    @NotNull
    private LocalDate endDate;

    @Min(1)
    @Max(200)
    private int seats;

    @Min(0)
    @Max(4)
    private int fromLevel;

    @Min(1)
    @Max(5)
    private int toLevel;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "language_course_nation", joinColumns = @JoinColumn(name = "course_id"),
            inverseJoinColumns = @JoinColumn(name = "nation_id"))
    private Set<Nation> nations = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "language_course_attendance", joinColumns = @JoinColumn(name = "course_id"))
    private Set<@Valid CourseAttendance> attendance = new LinkedHashSet<>();

    protected LanguageCourse() {
    }

    public LanguageCourse(String code, String name, LocalDate startDate, LocalDate endDate, int seats, int fromLevel,
                          int toLevel, Set<Nation> nations) {
        this.code = code;
        this.name = name;
        this.startDate = startDate;
        this.endDate = endDate;
        this.seats = seats;
        this.fromLevel = fromLevel;
        this.toLevel = toLevel;
        this.nations = new LinkedHashSet<>(nations);
    }

    /** A new course as the form opens it: the usual intermediate step, 2 to 3, for a dozen officers. */
    public static LanguageCourse blank() {
        LanguageCourse course = new LanguageCourse();
        course.seats = 12;
        course.fromLevel = 2;
        course.toLevel = 3;
        return course;
    }

    @AssertTrue(message = "{course.dates.order}")
    public boolean isDatesOrdered() {
        return startDate == null || endDate == null || !startDate.isAfter(endDate);
    }

    @AssertTrue(message = "{course.levels.order}")
    public boolean isLevelsOrdered() {
        return fromLevel < toLevel;
    }

    /** Whether an officer of {@code nationCode} with English {@code english} may take a place. */
    public boolean admits(String nationCode, int english) {
        return (nations.isEmpty() || nations.stream().anyMatch(nation -> nation.getCode().equals(nationCode)))
                && english >= fromLevel && english < toLevel;
    }

    /** The planner's decision on {@code personCode}: attends (pinned), does not (forbidden), or empty for none. */
    public Optional<Boolean> decisionOn(String personCode) {
        return attendance.stream().filter(choice -> choice.getPersonCode().equals(personCode)).findFirst()
                .map(CourseAttendance::isAttends);
    }

    /** Pins ({@code attends}) or forbids the attendance of {@code personCode}; null clears the decision. */
    public void decide(String personCode, Boolean attends) {
        attendance.removeIf(choice -> choice.getPersonCode().equals(personCode));
        if (attends != null) {
            attendance.add(new CourseAttendance(personCode, attends));
        }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public int getSeats() { return seats; }
    public void setSeats(int seats) { this.seats = seats; }
    public int getFromLevel() { return fromLevel; }
    public void setFromLevel(int fromLevel) { this.fromLevel = fromLevel; }
    public int getToLevel() { return toLevel; }
    public void setToLevel(int toLevel) { this.toLevel = toLevel; }
    public Set<Nation> getNations() { return nations; }
    public void setNations(Set<Nation> nations) { this.nations = new LinkedHashSet<>(nations); }
    public Set<CourseAttendance> getAttendance() { return attendance; }

    @Override
    public String toString() {
        return code;
    }
}
