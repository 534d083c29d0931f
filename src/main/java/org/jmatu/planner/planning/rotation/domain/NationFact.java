package org.jmatu.planner.planning.rotation.domain;

/**
 * A member nation as the rotation solver sees it: its tour policy and agreed staff share.
 * {@code staffTarget} is the share expressed in person-periods of this scenario (staffShare × active slots).
 * Equality is by code, so hash joins on nations stay cheap.
 */
public record NationFact(String code, String name, String role, int tourPeriods, int maxConsecutivePeriods,
                         double staffShare, double staffTarget) {

    public boolean globalPower() {
        return "GLOBAL_POWER".equals(role);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NationFact nation && nation.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
