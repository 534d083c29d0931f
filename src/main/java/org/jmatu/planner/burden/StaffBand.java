package org.jmatu.planner.burden;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;
import org.jmatu.planner.shared.Rank;

/** One row of the cost model's staff prices: a person-period of a rank from {@code rankMin} to {@code rankMax}. */
@Embeddable
public class StaffBand {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "rank_min")
    private Rank rankMin;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "rank_max")
    private Rank rankMax;

    @NotNull
    @PositiveOrZero
    private Double personPeriod;

    protected StaffBand() {
    }

    public StaffBand(Rank rankMin, Rank rankMax, Double personPeriod) {
        this.rankMin = rankMin;
        this.rankMax = rankMax;
        this.personPeriod = personPeriod;
    }

    /** A new row as the editor adds it: the J8 picks its ranks and price. */
    public static StaffBand blank() {
        return new StaffBand();
    }

    @AssertTrue(message = "{burden.band.order}")
    public boolean isRanksOrdered() {
        return rankMin == null || rankMax == null || rankMin.compareTo(rankMax) <= 0;
    }

    /** Whether this band and {@code other} price a rank in common. */
    boolean overlaps(StaffBand other) {
        return isComplete() && other.isComplete()
                && rankMin.compareTo(other.rankMax) <= 0 && other.rankMin.compareTo(rankMax) <= 0;
    }

    boolean prices(Rank rank) {
        return isComplete() && rank.within(rankMin, rankMax);
    }

    private boolean isComplete() {
        return rankMin != null && rankMax != null && isRanksOrdered();
    }

    public Rank getRankMin() { return rankMin; }
    public void setRankMin(Rank rankMin) { this.rankMin = rankMin; }
    public Rank getRankMax() { return rankMax; }
    public void setRankMax(Rank rankMax) { this.rankMax = rankMax; }
    public Double getPersonPeriod() { return personPeriod; }
    public void setPersonPeriod(Double personPeriod) { this.personPeriod = personPeriod; }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffBand band && band.rankMin == rankMin && band.rankMax == rankMax
                && Objects.equals(band.personPeriod, personPeriod);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rankMin, rankMax, personPeriod);
    }

    @Override
    public String toString() {
        return rankMin + "–" + rankMax;
    }
}
