package org.jmatu.planner.planning.courses;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jmatu.planner.planning.rotation.domain.CourseFact;
import org.jmatu.planner.planning.rotation.domain.PersonFact;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.domain.RotationSolution;
import org.jmatu.planner.planning.rotation.solver.RotationMapper;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.Period;

/**
 * What a roster version's English courses mean, from the scenario and the version alone: who attends each course,
 * every officer's English period by period (rule 2: a course counts from the first period whose hand-over day
 * falls on or after its end), the posts the framework nation can fill only thanks to the courses, and its share of
 * the posts needing English 3 or more before and after them.
 *
 * @param version  the roster version read, e.g. "v3 (published)"; null where none is saved
 * @param periods  the horizon's periods
 * @param seats    the version's course places whose course and attendee the scenario still lists
 * @param levels   each officer's English per period, framework nation first
 * @param effect   what the courses change for the framework nation
 */
public record CourseOutlook(String version, List<Period> periods, List<RotationPlan.SeatRow> seats,
                            List<Levels> levels, Effect effect) {

    /** English 3 (STANAG 6001 "professional"): the level the interoperability turns on. */
    public static final int PROFESSIONAL = 3;

    /** One officer's English in each period, and whether a course raised it there. */
    public record Levels(Scenario.Person person, List<Integer> english) {

        public boolean raisedIn(int period) {
            return english.get(period) > person.english();
        }
    }

    /**
     * @param nation          the framework nation's code
     * @param newlyFillable   posts that only a course makes one of its officers eligible for, in some period
     * @param professionalSlots slots of posts needing English 3 or more in the roster
     * @param heldBefore      of those, slots the nation's officers hold on the English they have without a course
     * @param heldAfter       of those, slots the nation's officers hold, counting the English their courses give
     */
    public record Effect(String nation, List<String> newlyFillable, int professionalSlots, int heldBefore,
                         int heldAfter) {

        public double shareBefore() {
            return professionalSlots == 0 ? 0 : (double) heldBefore / professionalSlots;
        }

        public double shareAfter() {
            return professionalSlots == 0 ? 0 : (double) heldAfter / professionalSlots;
        }
    }

    /**
     * @param rows        the version's roster rows
     * @param seats       the version's course places
     * @param onlyNation  the one nation whose officers to list (a liaison officer's), or null for all
     */
    public static CourseOutlook of(Scenario scenario, String version, List<PlanRow> rows,
                                   List<RotationPlan.SeatRow> seats, String onlyNation) {
        RotationSolution model = RotationMapper.toSolution(scenario);
        Map<String, Scenario.Person> people = scenario.personnel().stream()
                .collect(Collectors.toMap(Scenario.Person::id, Function.identity()));
        Map<String, Scenario.LanguageCourse> courses = scenario.languageCourses().stream()
                .collect(Collectors.toMap(Scenario.LanguageCourse::id, Function.identity()));
        List<RotationPlan.SeatRow> known = seats.stream()
                .filter(seat -> courses.containsKey(seat.course()) && people.containsKey(seat.person()))
                .distinct().toList();
        String framework = scenario.nations().stream().filter(nation -> "FRAMEWORK".equals(nation.role()))
                .map(Scenario.Nation::code).findFirst().orElse(null);
        int handover = scenario.horizon().handoverDays();
        List<Levels> levels = scenario.personnel().stream()
                .filter(person -> onlyNation == null || person.nation().equals(onlyNation))
                .sorted(Comparator.comparing((Scenario.Person person) -> !person.nation().equals(framework))
                        .thenComparing(Scenario.Person::nation).thenComparing(Scenario.Person::name))
                .map(person -> new Levels(person, model.getPeriods().stream()
                        .map(period -> english(person, known, courses, period.start().minusDays(handover)))
                        .toList()))
                .toList();
        List<RotationPlan.SeatRow> visible = known.stream()
                .filter(seat -> onlyNation == null || people.get(seat.person()).nation().equals(onlyNation)).toList();
        return new CourseOutlook(version, model.getPeriods(), visible, levels,
                effect(model, framework, rows, known, people));
    }

    /** The attendees of {@code course} in this version. */
    public List<String> attendees(String course) {
        return seats.stream().filter(seat -> seat.course().equals(course)).map(RotationPlan.SeatRow::person).toList();
    }

    /** {@code person}'s English on {@code day}: their own, raised by each course they attend that ends by then. */
    static int english(Scenario.Person person, List<RotationPlan.SeatRow> seats,
                       Map<String, Scenario.LanguageCourse> courses, LocalDate day) {
        int level = person.english();
        for (RotationPlan.SeatRow seat : seats) {
            Scenario.LanguageCourse course = courses.get(seat.course());
            if (seat.person().equals(person.id()) && !course.end().isAfter(day)) {
                level = Math.max(level, course.toLevel());
            }
        }
        return level;
    }

    private static Effect effect(RotationSolution model, String framework, List<PlanRow> rows,
                                 List<RotationPlan.SeatRow> seats, Map<String, Scenario.Person> people) {
        Map<String, CourseFact> courses = model.getCourses().stream()
                .collect(Collectors.toMap(CourseFact::id, Function.identity()));
        Set<String> newlyFillable = new LinkedHashSet<>();
        for (RotationSlot slot : model.getSlots()) {
            int needed = slot.getPost().englishMin();
            boolean onTheirOwn = slot.getNominees().stream()
                    .anyMatch(person -> person.nationCode().equals(framework) && person.english() >= needed);
            boolean thanksToACourse = slot.getQualifiedByCourse().stream()
                    .filter(person -> person.nationCode().equals(framework))
                    .anyMatch(person -> seats.stream().anyMatch(seat -> seat.person().equals(person.id())
                            && courses.get(seat.course()).qualifiesFor(slot)));
            if (!onTheirOwn && thanksToACourse) {
                newlyFillable.add(slot.getPost().id());
            }
        }
        Map<String, Integer> englishMin = model.getPosts().stream()
                .collect(Collectors.toMap(post -> post.id(), post -> post.englishMin()));
        int slots = 0;
        int before = 0;
        int after = 0;
        for (PlanRow row : rows) {
            int needed = englishMin.getOrDefault(row.post(), 0);
            if (needed < PROFESSIONAL) {
                continue;
            }
            slots++;
            Scenario.Person holder = row.person() == null ? null : people.get(row.person());
            if (holder != null && holder.nation().equals(framework)) {
                after++;
                before += holder.english() >= needed ? 1 : 0;
            }
        }
        return new Effect(framework, List.copyOf(newlyFillable), slots, before, after);
    }
}
