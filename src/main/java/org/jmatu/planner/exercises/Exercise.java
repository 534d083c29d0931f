package org.jmatu.planner.exercises;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jmatu.planner.shared.VersionedEntity;

/** A combined field exercise to be scheduled: its window, length, scenario, needs and company numbers. */
@Entity
// every change and delete goes into the audit trail; the nation it refers to is audited on its own
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Exercise extends VersionedEntity {

    @NotBlank
    @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,29}", message = "{exercise.code.pattern}")
    @Size(max = 30)
    @Column(unique = true)
    private String code;

    @NotBlank
    @Size(max = 120)
    private String name;

    @NotBlank
    @Size(max = 40)
    private String scenario;

    @NotNull
    private LocalDate earliestStart;

    @NotNull
    private LocalDate latestEnd;

    @Min(1)
    @Max(90)
    private int durationDays;

    @Min(1)
    @Max(50)
    private int minCompanies;

    @Min(1)
    @Max(50)
    private int maxCompanies;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exercise_required_capability", joinColumns = @JoinColumn(name = "exercise_id"))
    @Column(name = "capability")
    private Set<String> requiredCapabilities = new LinkedHashSet<>();

    protected Exercise() {
    }

    public Exercise(String code, String name, String scenario, LocalDate earliestStart, LocalDate latestEnd,
                    int durationDays, int minCompanies, int maxCompanies, Set<String> requiredCapabilities) {
        this.code = code;
        this.name = name;
        this.scenario = scenario;
        this.earliestStart = earliestStart;
        this.latestEnd = latestEnd;
        this.durationDays = durationDays;
        this.minCompanies = minCompanies;
        this.maxCompanies = maxCompanies;
        this.requiredCapabilities = new LinkedHashSet<>(requiredCapabilities);
    }

    public static Exercise blank() {
        Exercise exercise = new Exercise();
        exercise.durationDays = 14;
        exercise.minCompanies = 3;
        exercise.maxCompanies = 5;
        return exercise;
    }

    @AssertTrue(message = "{exercise.window}")
    public boolean isWindowLongEnough() {
        return earliestStart == null || latestEnd == null
                || ChronoUnit.DAYS.between(earliestStart, latestEnd) + 1 >= durationDays;
    }

    @AssertTrue(message = "{exercise.companies}")
    public boolean isCompanyRangeOrdered() {
        return minCompanies <= maxCompanies;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getScenario() { return scenario; }
    public void setScenario(String scenario) { this.scenario = scenario; }
    public LocalDate getEarliestStart() { return earliestStart; }
    public void setEarliestStart(LocalDate earliestStart) { this.earliestStart = earliestStart; }
    public LocalDate getLatestEnd() { return latestEnd; }
    public void setLatestEnd(LocalDate latestEnd) { this.latestEnd = latestEnd; }
    public int getDurationDays() { return durationDays; }
    public void setDurationDays(int durationDays) { this.durationDays = durationDays; }
    public int getMinCompanies() { return minCompanies; }
    public void setMinCompanies(int minCompanies) { this.minCompanies = minCompanies; }
    public int getMaxCompanies() { return maxCompanies; }
    public void setMaxCompanies(int maxCompanies) { this.maxCompanies = maxCompanies; }
    public Set<String> getRequiredCapabilities() { return requiredCapabilities; }
    public void setRequiredCapabilities(Set<String> requiredCapabilities) { this.requiredCapabilities = new LinkedHashSet<>(requiredCapabilities); }

    @Override
    public String toString() {
        return code;
    }
}
