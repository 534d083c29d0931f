package org.jmatu.planner.staffing;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.shared.RecordGuard;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The HQ establishment (posts), the nominated personnel and the skill catalogue. */
@Service
@Transactional(readOnly = true)
public class StaffingService {

    private final PostRepository posts;
    private final PersonRepository people;
    private final SkillRepository skills;
    private final RecordGuard guard;

    StaffingService(PostRepository posts, PersonRepository people, SkillRepository skills, RecordGuard guard) {
        this.posts = posts;
        this.people = people;
        this.skills = skills;
        this.guard = guard;
    }

    /** The establishment in section order. */
    public List<Post> findAllPosts() {
        return posts.findAllByOrderBySectionAscDisplayOrderAscCodeAsc();
    }

    public Optional<Post> findPost(String code) {
        return posts.findByCode(code);
    }

    @Transactional
    @RolesAllowed("PLANNER")
    public Post save(Post post) {
        return guard.save(posts, post);
    }

    @Transactional
    @RolesAllowed("PLANNER")
    public void delete(Post post) {
        guard.delete(posts, post);
    }

    /** The people matching the filter; a liaison officer only ever gets their own nation's. */
    public Page<Person> findPeople(PersonFilter filter, Pageable page) {
        return people.findAll(visible(filter), page);
    }

    public long countPeople(PersonFilter filter) {
        return people.count(visible(filter));
    }

    private static Specification<Person> visible(PersonFilter filter) {
        Specification<Person> matching = filter.toSpecification();
        return CurrentUser.liaisonNation()
                .map(nation -> matching.and((root, query, builder) ->
                        builder.equal(root.get("nation").get("code"), nation)))
                .orElse(matching);
    }

    /** Everyone the signed-in user may read in full; a liaison officer gets only their own nation's people. */
    public List<Person> findAllPeople() {
        return people.findAll(visible(PersonFilter.none()), Sort.by("code"));
    }

    /**
     * Every nominee of every nation without name or availability, for what a liaison officer may see of the
     * whole unit (the org chart's holders, the maintainers the roster provides).
     */
    public List<PersonOutline> findAllOutlines() {
        return people.findAll().stream().map(PersonOutline::of).toList();
    }

    /** One nominee by code; a liaison officer asking for another nation's nominee is refused. */
    public Optional<Person> findPerson(String code) {
        Optional<Person> person = people.findByCode(code);
        person.ifPresent(p -> checkNation(p, "read"));
        return person;
    }

    /** Planners save anyone; a liaison officer only their own nation's nominees, checked here, not in the view. */
    @Transactional
    @RolesAllowed({"PLANNER", "LIAISON"})
    public Person save(Person person) {
        checkNation(person, "save");
        if (!person.isNew()) {
            // a liaison may not move another nation's nominee into their own nation either
            people.findById(person.getId()).ifPresent(stored -> checkNation(stored, "save"));
        }
        return guard.save(people, person);
    }

    @Transactional
    @RolesAllowed({"PLANNER", "LIAISON"})
    public void delete(Person person) {
        checkNation(person, "delete");
        people.findById(person.getId()).ifPresent(stored -> checkNation(stored, "delete"));
        guard.delete(people, person);
    }

    private static void checkNation(Person person, String action) {
        CurrentUser.liaisonNation().ifPresent(own -> {
            String theirs = person.getNation() == null ? null : person.getNation().getCode();
            if (!own.equals(theirs)) {
                throw new AccessDeniedException("A liaison officer for " + own + " may not " + action + " "
                        + person.getCode() + ": that nominee belongs to " + theirs + ".");
            }
        });
    }

    public List<Skill> findAllSkills() {
        return skills.findAllByOrderByCode();
    }

    public Optional<Skill> findSkill(String code) {
        return skills.findByCode(code);
    }

    @Transactional
    @RolesAllowed("PLANNER")
    public Skill save(Skill skill) {
        return guard.save(skills, skill);
    }

    @Transactional
    @RolesAllowed("PLANNER")
    public void delete(Skill skill) {
        guard.delete(skills, skill);
    }
}
