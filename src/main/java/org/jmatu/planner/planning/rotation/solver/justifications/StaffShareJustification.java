package org.jmatu.planner.planning.rotation.solver.justifications;

import java.util.List;

/** How far a nation's staff person-periods ({@code held}, 0 when it holds no post) are from its agreed share. */
public record StaffShareJustification(String nation, int held, double staffTarget) implements RotationJustification {

    @Override
    public String description() {
        long target = Math.round(staffTarget);
        return held == 0 ? nation + " holds no post, its agreed share is " + target + " person-periods"
                : nation + " holds " + held + " person-periods, its agreed share is " + target;
    }

    @Override
    public List<String> slotIds() {
        return List.of();
    }
}
