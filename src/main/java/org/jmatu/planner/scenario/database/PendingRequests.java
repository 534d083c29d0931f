package org.jmatu.planner.scenario.database;

import java.util.List;
import org.jmatu.planner.scenario.Scenario;

/**
 * Where a scenario's pending sourcing requests are kept (the sourcing module, which depends on this one, so the
 * contract is stated here): read into a scenario file, and stored again when a scenario is loaded.
 */
public interface PendingRequests {

    /** The open and offered requests the signed-in user may read, as the file states them. */
    List<Scenario.SourcingRequest> pending();

    /** Stores {@code scenario}'s requests in the database it has just been loaded into. */
    void load(Scenario scenario);
}
