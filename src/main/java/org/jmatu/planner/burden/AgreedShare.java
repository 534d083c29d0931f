package org.jmatu.planner.burden;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** One nation's agreed share of the unit's cost, a fraction of 1. The nation is named by code, as the file names it. */
@Embeddable
public class AgreedShare {

    @NotBlank
    @Size(max = 3)
    @Column(name = "nation_code")
    private String nationCode;

    @DecimalMin("0.0")
    @DecimalMax("1.0")
    private double share;

    protected AgreedShare() {
    }

    public AgreedShare(String nationCode, double share) {
        this.nationCode = nationCode;
        this.share = share;
    }

    public String getNationCode() { return nationCode; }
    public double getShare() { return share; }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgreedShare agreed && agreed.nationCode.equals(nationCode) && agreed.share == share;
    }

    @Override
    public int hashCode() {
        return Objects.hash(nationCode, share);
    }

    @Override
    public String toString() {
        return nationCode + " " + share;
    }
}
