package org.jmatu.planner.planning.calendar.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jmatu.planner.planning.calendar.solver.CalendarFixtures.EDELWEISS;
import static org.jmatu.planner.planning.calendar.solver.CalendarFixtures.ILI;
import static org.jmatu.planner.planning.calendar.solver.CalendarFixtures.at;
import static org.jmatu.planner.planning.calendar.solver.CalendarFixtures.company;
import static org.jmatu.planner.planning.calendar.solver.CalendarFixtures.day;
import static org.jmatu.planner.planning.calendar.solver.CalendarFixtures.exercise;
import static org.jmatu.planner.planning.calendar.solver.CalendarFixtures.in;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jmatu.planner.planning.calendar.domain.BlackoutFact;
import org.jmatu.planner.planning.calendar.domain.CalendarHorizon;
import org.jmatu.planner.planning.calendar.domain.CalendarSolution;
import org.jmatu.planner.planning.calendar.domain.CompanyFact;
import org.jmatu.planner.planning.calendar.domain.CompanyYear;
import org.jmatu.planner.planning.calendar.domain.ExerciseAssignment;
import org.jmatu.planner.planning.calendar.domain.ExerciseFact;
import org.jmatu.planner.planning.calendar.domain.RosterCoverage;
import org.jmatu.planner.planning.calendar.domain.Span;
import org.jmatu.planner.planning.calendar.solver.justifications.CalendarJustification;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/** The calendar's explanation: every rule's justification reads as a planner's sentence naming its exercises. */
class CalendarJustificationTest {

    @Test
    void everyConstraintExplainsItselfInAPlannersSentence() {
        ExerciseFact april = exercise("CFX-2027-1", day(2027, 4, 1), day(2027, 4, 30), 10, 1, 2, Set.of("SIGNAL"));
        ExerciseFact march = exercise("CFX-2027-2", day(2027, 3, 1), day(2027, 11, 30), 10, 5, 6, Set.of());
        ExerciseFact may = exercise("CFX-2027-3");
        CompanyFact kgz1 = company("KGZ-1", "KGZ");
        CompanyFact kaz1 = company("KAZ-1", "KAZ");
        CompanyFact uzb1 = company("UZB-1", "UZB");
        CompanyFact tjk1 = new CompanyFact("TJK-1", "TJK-1", "TJK", 42.87, 74.59, Set.of(), Set.of("SOVIET"),
                List.of(new Span(day(2028, 1, 1), day(2029, 12, 31))), List.of(), 1); // attached from 2028
        CompanyFact uzb2 = new CompanyFact("UZB-2", "UZB-2", "UZB", 42.87, 74.59, Set.of(), Set.of("SOVIET"),
                List.of(CalendarFixtures.ATTACHED_2027_2029), List.of(new Span(day(2027, 3, 1), day(2027, 5, 31))), 1);
        ExerciseAssignment a = at(april, 0, day(2027, 4, 25), ILI); // four days late, too many at ILI, no SIGNAL
        ExerciseAssignment b = at(march, 1, day(2027, 3, 27), EDELWEISS); // closed in March, too few companies
        ExerciseAssignment c = at(may, 2, day(2027, 4, 28), ILI); // shares ILI with the first, off its pin
        c.pin(day(2027, 6, 1), null);
        CalendarSolution solution = new CalendarSolution("Every constraint", new CalendarHorizon(day(2027, 1, 1), 6, 6),
                List.of(ILI, EDELWEISS), List.of(kgz1, kaz1, uzb1, tjk1, uzb2),
                List.of(new BlackoutFact("STEPPE EAGLE", "KAZ", day(2027, 5, 1), day(2027, 5, 3)),
                        new BlackoutFact("CSTO Interaction", "KGZ", day(2027, 4, 26), day(2027, 4, 28))),
                List.of(new CompanyYear(kgz1, 2028)),
                List.of(new RosterCoverage(0, day(2027, 1, 1), day(2027, 6, 30), Set.of("NATO"))),
                List.of(a, b, c),
                List.of(in(1, a, kgz1, true), in(2, a, kaz1, true), in(3, a, uzb1, true),
                        in(4, b, tjk1, true), in(5, b, uzb2, true), in(6, c, kgz1, true)));

        ScoreExplanation<CalendarSolution, HardSoftScore> explanation = SolutionManager.<CalendarSolution,
                HardSoftScore>create(SolverFactory.create(CalendarSolverConfiguration.solverConfig(
                Duration.ofSeconds(1), Duration.ZERO))).explain(solution);

        List<ConstraintMatchTotal<HardSoftScore>> matched = explanation.getConstraintMatchTotalMap().values()
                .stream().filter(total -> total.getConstraintMatchCount() > 0).toList();
        assertThat(matched).as("constraints with a match").hasSize(20);
        for (ConstraintMatchTotal<HardSoftScore> total : matched) {
            for (ConstraintMatch<HardSoftScore> match : total.getConstraintMatchSet()) {
                assertThat((Object) match.getJustification()).as(total.getConstraintName())
                        .isInstanceOf(CalendarJustification.class);
                CalendarJustification justification = (CalendarJustification) match.getJustification();
                String sentence = justification.description();
                assertThat(sentence).as(total.getConstraintName()).isNotBlank().doesNotContain("null");
                if (justification.exercises().isEmpty()) { // a company's or a nation's rule: names the nation
                    assertThat(sentence).as(total.getConstraintName()).containsAnyOf("KGZ", "KAZ", "UZB", "TJK");
                }
                for (String exercise : justification.exercises()) {
                    assertThat(sentence).as(total.getConstraintName()).contains(exercise);
                }
            }
        }
    }
}
