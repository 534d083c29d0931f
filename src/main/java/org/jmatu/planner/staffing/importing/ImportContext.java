package org.jmatu.planner.staffing.importing;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.Skill;

/**
 * What rows are checked against: the member nations, the skill catalogue, the importing liaison officer's
 * nation (empty for a planner), the stored nominees and the horizon a new nominee's blank dates default to.
 *
 * @param existing     the stored nominee with a code; throws AccessDeniedException for another nation's
 * @param codesOf      every stored code that starts with a nation's code, to number new nominees after them
 * @param horizonStart null when no horizon is set up
 * @param horizonEnd   null when no horizon is set up
 */
record ImportContext(Map<String, Nation> nations, Map<String, Skill> skills, Optional<String> ownNation,
                     Function<String, Optional<Person>> existing, Function<Nation, Iterable<String>> codesOf,
                     LocalDate horizonStart, LocalDate horizonEnd) {
}
