package org.jmatu.planner.growth;

import java.util.List;
import org.jmatu.planner.scenario.Growth;

/** A growth schedule with what it gives: the phases in order, the strength period by period, each phase's shortfall. */
public record GrowthReport(String scenario, List<Growth.Phase> phases, List<PeriodStrength> strength,
                           List<PhaseShortfall> shortfalls) {
}
