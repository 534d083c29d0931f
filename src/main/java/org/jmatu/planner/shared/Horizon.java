package org.jmatu.planner.shared;

import jakarta.persistence.Entity;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** The planning horizon: a start date cut into equal rotation periods, with a hand-over overlap before each. */
@Entity
public class Horizon extends VersionedEntity {

    @NotBlank
    @Size(max = 120)
    private String name;

    @NotNull
    private LocalDate startDate;

    @Min(1)
    @Max(24)
    private int periodMonths = 6;

    @Min(1)
    @Max(40)
    private int periods = 6;

    @Min(0)
    @Max(90)
    private int handoverDays = 14;

    protected Horizon() {
    }

    public Horizon(String name, LocalDate startDate, int periodMonths, int periods, int handoverDays) {
        this.name = name;
        this.startDate = startDate;
        this.periodMonths = periodMonths;
        this.periods = periods;
        this.handoverDays = handoverDays;
    }

    public Period period(int index) {
        return Period.of(startDate, periodMonths, index);
    }

    public List<Period> allPeriods() {
        return IntStream.range(0, periods).mapToObj(this::period).toList();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public int getPeriodMonths() { return periodMonths; }
    public void setPeriodMonths(int periodMonths) { this.periodMonths = periodMonths; }
    public int getPeriods() { return periods; }
    public void setPeriods(int periods) { this.periods = periods; }
    public int getHandoverDays() { return handoverDays; }
    public void setHandoverDays(int handoverDays) { this.handoverDays = handoverDays; }
}
