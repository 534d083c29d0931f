package org.jmatu.planner.housing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * From {@code fromPeriod} on (until the garrison's next step) the garrison has {@code places}. Both may be missing
 * while a planner fills the row in; the form and the checks say so instead of the row disappearing.
 */
@Embeddable
public class CapacityStep {

    @NotNull
    @Min(0)
    // the horizon has at most 40 periods; the service checks the horizon actually set up
    @Max(39)
    @Column(name = "from_period")
    private Integer fromPeriod;

    @NotNull
    @Min(0)
    @Max(1_000_000)
    private Integer places;

    protected CapacityStep() {
    }

    public CapacityStep(Integer fromPeriod, Integer places) {
        this.fromPeriod = fromPeriod;
        this.places = places;
    }

    public Integer getFromPeriod() { return fromPeriod; }
    public Integer getPlaces() { return places; }

    @Override
    public boolean equals(Object other) {
        return other instanceof CapacityStep step && Objects.equals(step.fromPeriod, fromPeriod)
                && Objects.equals(step.places, places);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fromPeriod, places);
    }

    /** As the audit trail and the conflict dialog show a step: the period's number as the scenario file has it. */
    @Override
    public String toString() {
        return "P" + fromPeriod + " → " + places;
    }
}
