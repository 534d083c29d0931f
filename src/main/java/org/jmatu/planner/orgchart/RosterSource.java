package org.jmatu.planner.orgchart;

import java.util.Optional;

/**
 * Where the org chart gets its holders from: the planning module provides the published roster, or the
 * current draft when nothing is published yet. Without one the chart shows the establishment, all vacant.
 */
public interface RosterSource {

    Optional<RosterSnapshot> current();
}
