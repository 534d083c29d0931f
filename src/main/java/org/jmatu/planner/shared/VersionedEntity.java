package org.jmatu.planner.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Every record a user edits carries a version, so that a save based on a stale copy is refused
 * instead of silently overwriting another user's edit.
 */
@MappedSuperclass
public abstract class VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public boolean isNew() {
        return id == null;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || other.getClass() != getClass() || id == null) {
            return false;
        }
        return id.equals(((VersionedEntity) other).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
