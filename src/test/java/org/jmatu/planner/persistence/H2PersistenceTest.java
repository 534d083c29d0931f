package org.jmatu.planner.persistence;

/** The persistence contract on the embedded H2 the application uses by default. */
class H2PersistenceTest extends PersistenceContract {
}
