package org.jmatu.planner.burden;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.hibernate.envers.Audited;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.shared.VersionedEntity;

/**
 * What the J8 prices each nation's contribution at, in one currency (ISO 4217): a staff person-period by rank band,
 * a company's day in an exercise, hosting an exercise, a company's travel per kilometre and a housing place per
 * month. One per data set; kept by the planners, read by the commander, and audited like every record users edit.
 * Bands may not overlap, so that each rank has at most one price.
 */
@Entity
@Audited
public class CostModel extends VersionedEntity {

    @NotNull
    @Pattern(regexp = "[A-Z]{3}", message = "{burden.currency.pattern}")
    private String currency;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cost_model_staff", joinColumns = @JoinColumn(name = "cost_model_id"))
    @OrderColumn(name = "position")
    private List<@Valid StaffBand> staff = new ArrayList<>();

    @NotNull
    @PositiveOrZero
    private Double companyExerciseDay;

    @NotNull
    @PositiveOrZero
    private Double exerciseHosted;

    @NotNull
    @PositiveOrZero
    private Double travelPerKm;

    @NotNull
    @PositiveOrZero
    private Double housingPlaceMonth;

    protected CostModel() {
    }

    /** A model with nothing filled in yet, as the editor starts where a data set has none. */
    public static CostModel blank() {
        return new CostModel();
    }

    /** Takes over every figure of {@code model}, keeping this record's identity and version. */
    public void setFigures(Growth.CostModel model) {
        currency = model.currency();
        setStaff(model.staff().stream().map(band -> new StaffBand(Rank.fromCode(band.rankMin()),
                Rank.fromCode(band.rankMax()), band.personPeriod())).toList());
        companyExerciseDay = model.companyExerciseDay();
        exerciseHosted = model.exerciseHosted();
        travelPerKm = model.travelPerKm();
        housingPlaceMonth = model.housingPlaceMonth();
    }

    /** The model as the scenario and the burden arithmetic know it. */
    public Growth.CostModel figures() {
        return new Growth.CostModel(currency, staff.stream().map(band -> new Growth.StaffCost(band.getRankMin().code(),
                band.getRankMax().code(), band.getPersonPeriod())).toList(), companyExerciseDay, exerciseHosted,
                travelPerKm, housingPlaceMonth);
    }

    @AssertTrue(message = "{burden.bands.overlap}")
    public boolean isBandsApart() {
        return overlapping().isEmpty();
    }

    /** The positions of the bands that price a rank an earlier band prices already. */
    public List<Integer> overlapping() {
        return IntStream.range(0, staff.size())
                .filter(later -> IntStream.range(0, later).anyMatch(earlier -> staff.get(earlier).overlaps(staff.get(later))))
                .boxed().toList();
    }

    /** Of {@code ranks}, those no band prices (a holder of such a rank would count as costing nothing). */
    public Set<Rank> unpriced(Set<Rank> ranks) {
        Set<Rank> unpriced = new TreeSet<>(ranks);
        unpriced.removeIf(rank -> staff.stream().anyMatch(band -> band.prices(rank)));
        return unpriced;
    }

    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public List<StaffBand> getStaff() { return staff; }
    public void setStaff(List<StaffBand> bands) {
        staff.clear();
        staff.addAll(bands);
    }
    public Double getCompanyExerciseDay() { return companyExerciseDay; }
    public void setCompanyExerciseDay(Double companyExerciseDay) { this.companyExerciseDay = companyExerciseDay; }
    public Double getExerciseHosted() { return exerciseHosted; }
    public void setExerciseHosted(Double exerciseHosted) { this.exerciseHosted = exerciseHosted; }
    public Double getTravelPerKm() { return travelPerKm; }
    public void setTravelPerKm(Double travelPerKm) { this.travelPerKm = travelPerKm; }
    public Double getHousingPlaceMonth() { return housingPlaceMonth; }
    public void setHousingPlaceMonth(Double housingPlaceMonth) { this.housingPlaceMonth = housingPlaceMonth; }

    @Override
    public String toString() {
        return currency == null ? "" : currency;
    }
}
