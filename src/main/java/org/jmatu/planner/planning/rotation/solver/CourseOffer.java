package org.jmatu.planner.planning.rotation.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jmatu.planner.planning.rotation.domain.CourseFact;
import org.jmatu.planner.planning.rotation.domain.CourseSeat;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.scenario.Scenario;

/** The English courses of a scenario as solver facts, a seat entity per place, and the levels they can give. */
record CourseOffer(List<CourseFact> courses, List<CourseSeat> seats) {

    static CourseOffer of(List<Scenario.LanguageCourse> offered, List<PersonFact> personnel) {
        return of(offered, personnel, List.of());
    }

    /**
     * @param decisions the planners' decisions on course places: a forbidden attendee is no candidate for the
     *                  course's seats, a pinned one holds a pinned seat (where the course admits them and has a seat
     *                  left; otherwise the decision cannot be kept and is left out)
     */
    static CourseOffer of(List<Scenario.LanguageCourse> offered, List<PersonFact> personnel,
                          List<Scenario.PinnedSeat> decisions) {
        Map<String, PersonFact> byId = new HashMap<>();
        personnel.forEach(person -> byId.put(person.id(), person));
        List<CourseFact> courses = new ArrayList<>();
        List<CourseSeat> seats = new ArrayList<>();
        for (Scenario.LanguageCourse course : offered) {
            CourseFact fact = new CourseFact(course.id(), course.name(), course.start(), course.end(), course.seats(),
                    course.fromLevel(), course.toLevel(), course.nations() == null ? null : List.copyOf(course.nations()));
            courses.add(fact);
            List<Scenario.PinnedSeat> onThis = decisions.stream().filter(seat -> seat.course().equals(fact.id()))
                    .toList();
            List<String> forbidden = onThis.stream().filter(seat -> !seat.attends()).map(Scenario.PinnedSeat::person)
                    .toList();
            List<PersonFact> candidates = personnel.stream().filter(fact::admits)
                    .filter(person -> !forbidden.contains(person.id())).toList();
            List<PersonFact> pinned = onThis.stream().filter(Scenario.PinnedSeat::attends)
                    .map(seat -> byId.get(seat.person())).filter(candidates::contains).distinct().toList();
            // more seats than people who may take them could never be filled: they would only slow the search
            for (int seat = 0; seat < Math.min(fact.seats(), candidates.size()); seat++) {
                CourseSeat place = new CourseSeat(fact, seat, candidates);
                if (seat < pinned.size()) {
                    place.pin(pinned.get(seat));
                }
                seats.add(place);
            }
        }
        return new CourseOffer(List.copyOf(courses), seats);
    }

    /**
     * The highest English {@code person} can have on {@code day}: their own, or that of a course that ends by then
     * and may take them (it admits them and no planner forbade it).
     */
    int englishBy(PersonFact person, LocalDate day) {
        int level = person.english();
        for (CourseSeat seat : seats) {
            if (seat.getCourse().endsBy(day) && seat.getCandidates().contains(person)) {
                level = Math.max(level, seat.getCourse().toLevel());
            }
        }
        return level;
    }
}
