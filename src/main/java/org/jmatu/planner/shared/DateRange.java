package org.jmatu.planner.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A closed range of days, e.g. when a company is unavailable. */
@Embeddable
public class DateRange {

    @NotNull
    @Column(name = "date_from")
    private LocalDate from;

    @NotNull
    @Column(name = "date_to")
    private LocalDate to;

    @Size(max = 120)
    private String reason;

    protected DateRange() {
    }

    public DateRange(LocalDate from, LocalDate to, String reason) {
        this.from = from;
        this.to = to;
        this.reason = reason;
    }

    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
    public String getReason() { return reason; }

    @Override
    public String toString() {
        return from + " – " + to + (reason == null || reason.isBlank() ? "" : " (" + reason + ")");
    }
}
