package org.jmatu.planner.persistence;

/** The persistence contract on a real PostgreSQL through the application's {@code postgres} profile. */
@OnEmbeddedPostgres
class PostgresPersistenceTest extends PersistenceContract {
}
