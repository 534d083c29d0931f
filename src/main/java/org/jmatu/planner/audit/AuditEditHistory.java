package org.jmatu.planner.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.hibernate.Hibernate;
import org.jmatu.planner.shared.VersionedEntity;
import org.jmatu.planner.shared.EditHistory;
import org.springframework.stereotype.Component;

/** The conflict dialog's "saved by others since you opened it", read from the audit trail. */
@Component
class AuditEditHistory implements EditHistory {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final AuditTrail trail;

    AuditEditHistory(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public List<String> changesSince(VersionedEntity record, Instant since) {
        // a record read through a lazy reference is a Hibernate proxy: its class name is not the entity's
        return AuditedKind.ofEntity(Hibernate.getClass(record))
                .map(kind -> trail.changesSince(kind, record.getId(), since).stream()
                        .map(change -> change.username() + ", " + WHEN.format(change.when()) + ": " + change.what())
                        .toList())
                .orElse(List.of());
    }
}
