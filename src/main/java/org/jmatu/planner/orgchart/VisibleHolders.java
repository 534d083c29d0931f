package org.jmatu.planner.orgchart;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jmatu.planner.orgchart.OrgChart.Holder;
import org.jmatu.planner.staffing.Person;
import org.jmatu.planner.staffing.PersonOutline;

/**
 * The roster's nominees as the signed-in user may see them: by name the people they may read in full
 * (everyone, or a liaison officer's own nation), everyone else by nation and rank only. Everything the chart,
 * the post details and so the exports show of a holder goes through here.
 */
final class VisibleHolders {

    private final Map<String, Person> readable;
    private final Map<String, PersonOutline> everyone;

    VisibleHolders(List<Person> readable, List<PersonOutline> everyone) {
        this.readable = readable.stream().collect(Collectors.toMap(Person::getCode, Function.identity()));
        this.everyone = everyone.stream().collect(Collectors.toMap(PersonOutline::code, Function.identity()));
    }

    /** The holder as shown; null for a code no nominee has any more, so the post shows vacant. */
    Holder holder(String code) {
        Person person = readable.get(code);
        if (person != null) {
            return Holder.named(person.getCode(), person.shownName(), person.getRank().code(), person.getNation().getCode());
        }
        PersonOutline outline = everyone.get(code);
        return outline == null ? null : Holder.unnamed(outline.rank().code(), outline.nation(), outline.label());
    }

    /** The nominee in full (availability, skills), only if the user may read them. */
    Optional<Person> readable(String code) {
        return Optional.ofNullable(readable.get(code));
    }

    Set<String> skills(String code) {
        return Optional.ofNullable(everyone.get(code)).map(PersonOutline::skills).orElse(Set.of());
    }
}
