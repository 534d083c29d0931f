package org.jmatu.planner.sourcing;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long before a period starts each nation must have answered ({@code planner.sourcing.lead-days}, and per
 * nation {@code planner.sourcing.nation-lead-days.USA=120}): a request's due date is its period's start minus the
 * longest lead time among the nations it asks, so that the slowest of them still has time.
 */
@ConfigurationProperties("planner.sourcing")
public record SourcingSettings(@DefaultValue("90") int leadDays, Map<String, Integer> nationLeadDays) {

    public SourcingSettings {
        nationLeadDays = nationLeadDays == null ? Map.of() : Map.copyOf(nationLeadDays);
    }

    int leadDays(String nation) {
        return nationLeadDays.getOrDefault(nation, leadDays);
    }
}
