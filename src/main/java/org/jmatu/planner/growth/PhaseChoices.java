package org.jmatu.planner.growth;

import java.util.List;

/** What a phase can bring in, and the periods it can begin in (their labels, by index). */
public record PhaseChoices(List<String> periods, List<String> sections, List<String> posts, List<String> companies) {
}
