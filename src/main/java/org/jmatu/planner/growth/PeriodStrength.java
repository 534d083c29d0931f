package org.jmatu.planner.growth;

import java.util.Map;

/**
 * The unit's strength in one period: its active posts, the nominees they need by sourcing nation (one code, or the
 * codes a post may be sourced from joined by "/", or ANY) and by the post's lowest rank, the attached companies
 * with their soldiers, and their equipment (pieces) by standard.
 */
public record PeriodStrength(int period, String label, String phase, int posts,
                             Map<String, Integer> needsByNation, Map<String, Integer> needsByRank,
                             int companies, int soldiers, Map<String, Integer> equipmentByStandard) {
}
