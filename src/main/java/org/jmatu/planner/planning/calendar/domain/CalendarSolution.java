package org.jmatu.planner.planning.calendar.domain;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;

/** The exercise calendar problem: built from a scenario by {@link org.jmatu.planner.planning.calendar.solver.CalendarMapper}, never from JPA entities. */
@PlanningSolution
public class CalendarSolution {

    private String name;
    private CalendarHorizon horizon;

    @ProblemFactCollectionProperty
    private List<AreaFact> areas;
    @ProblemFactCollectionProperty
    private List<CompanyFact> companies;
    @ProblemFactCollectionProperty
    private List<BlackoutFact> blackouts;
    @ProblemFactCollectionProperty
    private List<CompanyYear> companyYears;
    @ProblemFactCollectionProperty
    private List<RosterCoverage> rosterCoverage;

    @PlanningEntityCollectionProperty
    private List<ExerciseAssignment> assignments;
    @PlanningEntityCollectionProperty
    private List<Participation> participations;

    @PlanningScore
    private HardSoftScore score;

    CalendarSolution() {
    }

    public CalendarSolution(String name, CalendarHorizon horizon, List<AreaFact> areas, List<CompanyFact> companies,
                            List<BlackoutFact> blackouts, List<CompanyYear> companyYears,
                            List<RosterCoverage> rosterCoverage, List<ExerciseAssignment> assignments,
                            List<Participation> participations) {
        this.name = name;
        this.horizon = horizon;
        this.areas = areas;
        this.companies = companies;
        this.blackouts = blackouts;
        this.companyYears = companyYears;
        this.rosterCoverage = rosterCoverage;
        this.assignments = assignments;
        this.participations = participations;
    }

    @ValueRangeProvider(id = "participationRange")
    public List<Boolean> getParticipationRange() {
        return List.of(Boolean.FALSE, Boolean.TRUE);
    }

    public String getName() {
        return name;
    }

    public CalendarHorizon getHorizon() {
        return horizon;
    }

    public List<AreaFact> getAreas() {
        return areas;
    }

    public List<CompanyFact> getCompanies() {
        return companies;
    }

    public List<BlackoutFact> getBlackouts() {
        return blackouts;
    }

    public List<CompanyYear> getCompanyYears() {
        return companyYears;
    }

    public List<RosterCoverage> getRosterCoverage() {
        return rosterCoverage;
    }

    public List<ExerciseAssignment> getAssignments() {
        return assignments;
    }

    public List<Participation> getParticipations() {
        return participations;
    }

    public HardSoftScore getScore() {
        return score;
    }

    public void setScore(HardSoftScore score) {
        this.score = score;
    }
}
