package org.jmatu.planner.staffing;

import java.util.ArrayList;
import java.util.List;
import org.jmatu.planner.shared.Nation;
import org.jmatu.planner.shared.Message;
import org.jmatu.planner.shared.ReferenceChecker;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/** Posts, people and language courses refer to nations and skills: those may not be deleted while they do. */
@Component
class StaffingReferences implements ReferenceChecker {

    private static final Limit EXAMPLES = Limit.of(5);

    private final PostRepository posts;
    private final PersonRepository people;
    private final LanguageCourseRepository courses;

    StaffingReferences(PostRepository posts, PersonRepository people, LanguageCourseRepository courses) {
        this.posts = posts;
        this.people = people;
        this.courses = courses;
    }

    @Override
    public List<Message> referencesTo(Object record) {
        List<Message> references = new ArrayList<>();
        if (record instanceof Nation nation) {
            long nominees = people.countByNation(nation);
            if (nominees > 0) {
                references.add(ReferenceChecker.counted("refs.has-nominees", nominees,
                        people.findCodesByNation(nation, EXAMPLES)));
            }
            ReferenceChecker.addIfAny(references, "refs.sources-posts", posts.findCodesSourcedFrom(nation));
            ReferenceChecker.addIfAny(references, "refs.admitted-to-courses", courses.findCodesOpenTo(nation));
        }
        if (record instanceof Skill skill) {
            ReferenceChecker.addIfAny(references, "refs.required-by-posts", posts.findCodesRequiring(skill));
            long holders = people.countHolding(skill);
            if (holders > 0) {
                references.add(ReferenceChecker.counted("refs.held-by-people", holders,
                        people.findCodesHolding(skill, EXAMPLES)));
            }
        }
        return references;
    }
}
