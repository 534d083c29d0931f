package org.jmatu.planner.staffing;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.jmatu.planner.shared.RecordGuard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The English courses on offer and the planner's decisions on who attends them. Who actually attends is the
 * roster's business: each roster solve chooses the attendees, keeping these decisions.
 */
@Service
@Transactional(readOnly = true)
public class CourseService {

    private final LanguageCourseRepository courses;
    private final RecordGuard guard;

    CourseService(LanguageCourseRepository courses, RecordGuard guard) {
        this.courses = courses;
        this.guard = guard;
    }

    /** Every course, earliest first. */
    public List<LanguageCourse> findAll() {
        return courses.findAllByOrderByStartDateAscCodeAsc();
    }

    public Optional<LanguageCourse> find(String code) {
        return courses.findByCode(code);
    }

    @Transactional
    @RolesAllowed("PLANNER")
    public LanguageCourse save(LanguageCourse course) {
        return guard.save(courses, course);
    }

    @Transactional
    @RolesAllowed("PLANNER")
    public void delete(LanguageCourse course) {
        guard.delete(courses, course);
    }

    /**
     * Pins ({@code attends} true) or forbids (false) {@code personCode}'s place on {@code course}, or clears the
     * decision (null). Refused as an edit conflict where someone changed the course since {@code course} was read.
     */
    @Transactional
    @RolesAllowed("PLANNER")
    public LanguageCourse decide(LanguageCourse course, String personCode, Boolean attends) {
        course.decide(personCode, attends);
        return guard.save(courses, course);
    }
}
