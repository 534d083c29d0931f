package org.jmatu.planner.staffing;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.Rank;
import org.springframework.data.jpa.domain.Specification;

/**
 * What the personnel list is narrowed to; every part is optional. {@code availableOn} keeps the people
 * available on that day; {@code text} matches code or name.
 */
public record PersonFilter(Nation nation, Rank rank, Skill skill, LocalDate availableOn, String text) {

    public static PersonFilter none() {
        return new PersonFilter(null, null, null, null, null);
    }

    Specification<Person> toSpecification() {
        return (root, query, builder) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (nation != null) {
                predicates.add(builder.equal(root.get("nation"), nation));
            }
            if (rank != null) {
                predicates.add(builder.equal(root.get("rank"), rank));
            }
            if (skill != null) {
                predicates.add(builder.equal(root.join("skills", JoinType.INNER), skill));
            }
            if (availableOn != null) {
                predicates.add(builder.lessThanOrEqualTo(root.get("availableFrom"), availableOn));
                predicates.add(builder.greaterThanOrEqualTo(root.get("availableTo"), availableOn));
            }
            if (text != null && !text.isBlank()) {
                String pattern = "%" + text.trim().toLowerCase() + "%";
                predicates.add(builder.or(builder.like(builder.lower(root.get("code")), pattern),
                        builder.like(builder.lower(root.get("name")), pattern),
                        builder.like(builder.lower(root.get("nativeName")), pattern)));
            }
            return builder.and(predicates.toArray(Predicate[]::new));
        };
    }
}
