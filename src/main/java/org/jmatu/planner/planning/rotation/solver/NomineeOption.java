package org.jmatu.planner.planning.rotation.solver;

import org.jmatu.planner.planning.rotation.domain.PersonFact;

/** A candidate for a hand edit: the person (null leaves the slot empty) and the score the roster would have. */
public record NomineeOption(PersonFact person, String score, String change) {
}
