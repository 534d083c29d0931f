package org.jmatu.planner.planning.rotation.domain;

import java.util.List;
import java.util.Optional;
import org.jmatu.planner.shared.Period;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * The rotation roster problem: facts from a Scenario, one {@link RotationSlot} per active (post, period), and one
 * {@link CourseSeat} per place on the English courses on offer (none where the scenario offers none).
 */
@PlanningSolution
public class RotationSolution {

    private String name;
    private int handoverDays;
    private List<Period> periods;

    @ProblemFactCollectionProperty
    private List<NationFact> nations;
    @ProblemFactCollectionProperty
    private List<PostFact> posts;
    @ProblemFactCollectionProperty
    private List<PersonFact> personnel;
    @PlanningEntityCollectionProperty
    private List<RotationSlot> slots;
    @ProblemFactCollectionProperty
    private List<CourseFact> courses;
    @PlanningEntityCollectionProperty
    private List<CourseSeat> seats;
    /** The staff's family housing per period; none where the scenario lists no family housing. */
    @ProblemFactCollectionProperty
    private List<StaffHousing> housing = List.of();
    @PlanningScore
    private HardMediumSoftScore score;

    public RotationSolution() {
    }

    public RotationSolution(String name, int handoverDays, List<Period> periods, List<NationFact> nations,
                            List<PostFact> posts, List<PersonFact> personnel, List<RotationSlot> slots) {
        this(name, handoverDays, periods, nations, posts, personnel, slots, List.of(), List.of());
    }

    public RotationSolution(String name, int handoverDays, List<Period> periods, List<NationFact> nations,
                            List<PostFact> posts, List<PersonFact> personnel, List<RotationSlot> slots,
                            List<CourseFact> courses, List<CourseSeat> seats) {
        this.courses = courses;
        this.seats = seats;
        this.name = name;
        this.handoverDays = handoverDays;
        this.periods = periods;
        this.nations = nations;
        this.posts = posts;
        this.personnel = personnel;
        this.slots = slots;
    }

    public String getName() { return name; }
    public int getHandoverDays() { return handoverDays; }
    public List<Period> getPeriods() { return periods; }
    public List<NationFact> getNations() { return nations; }
    public List<PostFact> getPosts() { return posts; }
    public List<PersonFact> getPersonnel() { return personnel; }
    public List<RotationSlot> getSlots() { return slots; }
    public List<CourseFact> getCourses() { return courses; }
    public List<CourseSeat> getSeats() { return seats; }
    /**
     * The course {@code personId} attends during {@code period}'s days, from its start minus the hand-over days to
     * its end (rule 18: they can hold no post then); empty when they are not away.
     */
    public Optional<CourseFact> courseAway(String personId, Period period) {
        return seats.stream().filter(seat -> seat.getPerson() != null && seat.getPerson().id().equals(personId))
                .map(CourseSeat::getCourse)
                .filter(course -> course.overlaps(period.start().minusDays(handoverDays), period.end()))
                .findFirst();
    }

    public List<StaffHousing> getHousing() { return housing; }
    public void setHousing(List<StaffHousing> housing) { this.housing = housing; }
    public HardMediumSoftScore getScore() { return score; }
    public void setScore(HardMediumSoftScore score) { this.score = score; }
}
