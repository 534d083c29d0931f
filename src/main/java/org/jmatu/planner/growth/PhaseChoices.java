package org.jmatu.planner.growth;

import java.util.List;

/**
 * What a phase can bring in (the sections the posts carry, the posts and companies by reference, each sorted by
 * code), and the periods it can begin in (their labels, by index).
 */
public record PhaseChoices(List<String> periods, List<String> sections, List<PhaseSet.Member> posts,
                           List<PhaseSet.Member> companies) {
}
