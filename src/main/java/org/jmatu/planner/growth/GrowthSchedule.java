package org.jmatu.planner.growth;

import jakarta.persistence.Entity;
import org.jmatu.planner.shared.VersionedEntity;

/**
 * The growth phases of a data set as one record for editing (one row, V29): the timeline saves the phases as a set,
 * so the set has a version, and a save based on an older version than the stored one is refused as a conflict. The
 * phases themselves carry the audit trail; this row only orders the saves.
 */
@Entity
class GrowthSchedule extends VersionedEntity {

    protected GrowthSchedule() {
    }
}
