package org.jmatu.planner.orgchart;

import java.util.Map;
import java.util.Optional;

/**
 * Where the org chart learns the growth phases' periods: a post or company that sets no periods of its own exists
 * from the first period of the phase that brings it in. The growth module provides them; without it no phase applies.
 */
public interface GrowthPeriods {

    /** The phases' first periods as they stand now. */
    Snapshot current();

    /** First periods by post code, by section and by company code (a post's own listing before its section's). */
    record Snapshot(Map<String, Integer> posts, Map<String, Integer> sections, Map<String, Integer> companies) {

        public static Snapshot none() {
            return new Snapshot(Map.of(), Map.of(), Map.of());
        }

        public Optional<Integer> ofPost(String post, String section) {
            return Optional.ofNullable(posts.get(post)).or(() -> Optional.ofNullable(sections.get(section)));
        }

        public Optional<Integer> ofCompany(String company) {
            return Optional.ofNullable(companies.get(company));
        }
    }
}
