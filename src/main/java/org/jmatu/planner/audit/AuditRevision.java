package org.jmatu.planner.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One Envers revision, that is one committed transaction that changed audited records, and who made it. */
@Entity
@Table(name = "revinfo")
@RevisionEntity(UsernameRevisionListener.class)
class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "rev")
    private long id;

    @RevisionTimestamp
    @Column(name = "revtstmp")
    private long timestamp;

    @Column(length = 40)
    private String username;

    long getId() { return id; }
    long getTimestamp() { return timestamp; }
    String getUsername() { return username; }
    void setUsername(String username) { this.username = username; }
}
