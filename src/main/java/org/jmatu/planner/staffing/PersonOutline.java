package org.jmatu.planner.staffing;

import java.util.Set;
import java.util.stream.Collectors;
import org.jmatu.planner.shared.Rank;

/**
 * What any signed-in user may know of a nominee of any nation: nation, rank and skills, under the code the
 * roster refers to them by. No name and no availability, which a liaison officer may read only for their
 * own nation's people.
 */
public record PersonOutline(String code, String nation, Rank rank, Set<String> skills) {

    static PersonOutline of(Person person) {
        return new PersonOutline(person.getCode(), person.getNation().getCode(), person.getRank(),
                person.getSkills().stream().map(Skill::getCode).collect(Collectors.toUnmodifiableSet()));
    }

    /** "USA · OF-3": how a holder is shown to someone who may not read their name. */
    public String label() {
        return nation + " · " + rank.code();
    }
}
