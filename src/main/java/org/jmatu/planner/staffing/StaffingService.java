package org.jmatu.planner.staffing;

import java.util.List;
import java.util.Optional;
import org.jmatu.planner.shared.RecordGuard;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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
    public Post save(Post post) {
        return guard.save(posts, post);
    }

    @Transactional
    public void delete(Post post) {
        guard.delete(posts, post);
    }

    public Page<Person> findPeople(PersonFilter filter, Pageable page) {
        return people.findAll(filter.toSpecification(), page);
    }

    public long countPeople(PersonFilter filter) {
        return people.count(filter.toSpecification());
    }

    public List<Person> findAllPeople() {
        return people.findAll();
    }

    public Optional<Person> findPerson(String code) {
        return people.findByCode(code);
    }

    @Transactional
    public Person save(Person person) {
        return guard.save(people, person);
    }

    @Transactional
    public void delete(Person person) {
        guard.delete(people, person);
    }

    public List<Skill> findAllSkills() {
        return skills.findAllByOrderByCode();
    }

    public Optional<Skill> findSkill(String code) {
        return skills.findByCode(code);
    }

    @Transactional
    public Skill save(Skill skill) {
        return guard.save(skills, skill);
    }

    @Transactional
    public void delete(Skill skill) {
        guard.delete(skills, skill);
    }
}
