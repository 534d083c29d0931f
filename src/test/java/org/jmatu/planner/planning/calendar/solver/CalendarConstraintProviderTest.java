package org.jmatu.planner.planning.calendar.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jmatu.planner.planning.calendar.solver.CalendarFixtures.EDELWEISS;
import static org.jmatu.planner.planning.calendar.solver.CalendarFixtures.ILI;
import static org.jmatu.planner.planning.calendar.solver.CalendarFixtures.at;
import static org.jmatu.planner.planning.calendar.solver.CalendarFixtures.company;
import static org.jmatu.planner.planning.calendar.solver.CalendarFixtures.day;
import static org.jmatu.planner.planning.calendar.solver.CalendarFixtures.exercise;
import static org.jmatu.planner.planning.calendar.solver.CalendarFixtures.in;

import java.util.List;
import java.util.Set;
import org.jmatu.planner.planning.calendar.domain.BlackoutFact;
import org.jmatu.planner.planning.calendar.domain.CalendarSolution;
import org.jmatu.planner.planning.calendar.domain.CompanyFact;
import org.jmatu.planner.planning.calendar.domain.CompanyYear;
import org.jmatu.planner.planning.calendar.domain.ExerciseAssignment;
import org.jmatu.planner.planning.calendar.domain.ExerciseFact;
import org.jmatu.planner.planning.calendar.domain.Participation;
import org.jmatu.planner.planning.calendar.domain.RosterCoverage;
import org.jmatu.planner.planning.calendar.domain.Span;
import org.jmatu.planner.planning.calendar.solver.justifications.AreaClosedJustification;
import org.jmatu.planner.planning.calendar.solver.justifications.BlackoutJustification;
import org.jmatu.planner.planning.calendar.solver.justifications.CapabilitiesJustification;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.Language;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

class CalendarConstraintProviderTest {

    private final ConstraintVerifier<CalendarConstraintProvider, CalendarSolution> verifier = ConstraintVerifier.build(
            new CalendarConstraintProvider(), CalendarSolution.class, ExerciseAssignment.class, Participation.class);

    private final ExerciseFact cfx1 = exercise("CFX-2027-1");
    private final ExerciseFact cfx2 = exercise("CFX-2027-2");
    private final CompanyFact kgz1 = company("KGZ-1", "KGZ");
    private final CompanyFact kaz1 = company("KAZ-1", "KAZ");
    private final CompanyFact uzb1 = company("UZB-1", "UZB");

    @Nested
    class Hard {

        @Test
        void exerciseInsideWindow() {
            ExerciseFact april = exercise("CFX", day(2027, 4, 1), day(2027, 4, 30), 10, 1, 6, Set.of());
            verifier.verifyThat(CalendarConstraintProvider::exerciseInsideWindow)
                    .given(at(april, 0, day(2027, 4, 25), ILI)) // ends 05-04: four days late
                    .penalizesBy(4);
            verifier.verifyThat(CalendarConstraintProvider::exerciseInsideWindow)
                    .given(at(april, 0, day(2027, 3, 30), ILI)) // starts two days early
                    .penalizesBy(2);
            verifier.verifyThat(CalendarConstraintProvider::exerciseInsideWindow)
                    .given(at(april, 0, day(2027, 4, 21), ILI))
                    .penalizesBy(0);
        }

        @Test
        void trainingAreaOpen() {
            verifier.verifyThat(CalendarConstraintProvider::trainingAreaOpen)
                    .given(at(cfx1, 0, day(2027, 3, 27), EDELWEISS)) // March is closed: 27..31
                    .penalizesBy(5);
            verifier.verifyThat(CalendarConstraintProvider::trainingAreaOpen)
                    .given(at(cfx1, 0, day(2027, 3, 27), ILI))
                    .penalizesBy(0);
        }

        @Test
        void trainingAreaCapacity() {
            ExerciseAssignment a = at(cfx1, 0, day(2027, 4, 5), ILI); // capacity 2
            verifier.verifyThat(CalendarConstraintProvider::trainingAreaCapacity)
                    .given(a, in(1, a, kgz1, true), in(2, a, kaz1, true), in(3, a, uzb1, true))
                    .penalizesBy(1);
            verifier.verifyThat(CalendarConstraintProvider::trainingAreaCapacity)
                    .given(a, in(1, a, kgz1, true), in(2, a, kaz1, true), in(3, a, uzb1, false))
                    .penalizesBy(0);
        }

        @Test
        void trainingAreaExclusive() {
            verifier.verifyThat(CalendarConstraintProvider::trainingAreaExclusive)
                    .given(at(cfx1, 0, day(2027, 4, 5), ILI), at(cfx2, 1, day(2027, 4, 12), ILI)) // 12..14
                    .penalizesBy(3);
            verifier.verifyThat(CalendarConstraintProvider::trainingAreaExclusive)
                    .given(at(cfx1, 0, day(2027, 4, 5), ILI), at(cfx2, 1, day(2027, 4, 12), EDELWEISS))
                    .penalizesBy(0);
            verifier.verifyThat(CalendarConstraintProvider::trainingAreaExclusive)
                    .given(at(cfx1, 0, day(2027, 4, 5), ILI), at(cfx2, 1, day(2027, 4, 15), ILI))
                    .penalizesBy(0);
        }

        @Test
        void minimumCompanies() {
            ExerciseFact three = exercise("CFX", day(2027, 3, 1), day(2027, 11, 30), 10, 3, 5, Set.of());
            ExerciseAssignment a = at(three, 0, day(2027, 4, 5), EDELWEISS);
            verifier.verifyThat(CalendarConstraintProvider::minimumCompanies)
                    .given(a, in(1, a, kgz1, true), in(2, a, kaz1, true), in(3, a, uzb1, false))
                    .penalizesBy(1);
            verifier.verifyThat(CalendarConstraintProvider::minimumCompanies)
                    .given(a, in(1, a, kgz1, false), in(2, a, kaz1, false), in(3, a, uzb1, false))
                    .penalizesBy(3);
            verifier.verifyThat(CalendarConstraintProvider::minimumCompanies)
                    .given(a, in(1, a, kgz1, true), in(2, a, kaz1, true), in(3, a, uzb1, true))
                    .penalizesBy(0);
        }

        @Test
        void maximumCompanies() {
            ExerciseFact two = exercise("CFX", day(2027, 3, 1), day(2027, 11, 30), 10, 1, 2, Set.of());
            ExerciseAssignment a = at(two, 0, day(2027, 4, 5), EDELWEISS);
            verifier.verifyThat(CalendarConstraintProvider::maximumCompanies)
                    .given(a, in(1, a, kgz1, true), in(2, a, kaz1, true), in(3, a, uzb1, true))
                    .penalizesBy(1);
            verifier.verifyThat(CalendarConstraintProvider::maximumCompanies)
                    .given(a, in(1, a, kgz1, true), in(2, a, kaz1, true), in(3, a, uzb1, false))
                    .penalizesBy(0);
        }

        @Test
        void companyAttached() {
            CompanyFact leaving = new CompanyFact("USA-1", "USA-1", "USA", 0, 0, Set.of(), Set.of("NATO"),
                    List.of(new Span(day(2027, 1, 1), day(2027, 4, 10))), List.of(), 1);
            ExerciseAssignment a = at(cfx1, 0, day(2027, 4, 5), ILI); // 05..14: not attached 11..14
            verifier.verifyThat(CalendarConstraintProvider::companyAttached)
                    .given(a, in(1, a, leaving, true))
                    .penalizesBy(4);
            verifier.verifyThat(CalendarConstraintProvider::companyAttached)
                    .given(a, in(1, a, leaving, false), in(2, a, kgz1, true))
                    .penalizesBy(0);
        }

        @Test
        void companyAvailable() {
            CompanyFact away = new CompanyFact("TJK-1", "TJK-1", "TJK", 0, 0, Set.of(), Set.of("SOVIET"),
                    List.of(CalendarFixtures.ATTACHED_2027_2029), List.of(new Span(day(2027, 4, 10), day(2027, 4, 20))), 1);
            ExerciseAssignment a = at(cfx1, 0, day(2027, 4, 5), ILI); // 05..14: away 10..14
            verifier.verifyThat(CalendarConstraintProvider::companyAvailable)
                    .given(a, in(1, a, away, true))
                    .penalizesBy(5);
            ExerciseAssignment later = at(cfx1, 0, day(2027, 4, 21), ILI);
            verifier.verifyThat(CalendarConstraintProvider::companyAvailable)
                    .given(later, in(1, later, away, true))
                    .penalizesBy(0);
        }

        @Test
        void companyInOneExerciseAtATime() {
            ExerciseAssignment a = at(cfx1, 0, day(2027, 4, 5), ILI);
            ExerciseAssignment b = at(cfx2, 1, day(2027, 4, 12), EDELWEISS); // overlap 12..14
            verifier.verifyThat(CalendarConstraintProvider::companyInOneExerciseAtATime)
                    .given(a, b, in(1, a, kgz1, true), in(2, b, kgz1, true))
                    .penalizesBy(3);
            verifier.verifyThat(CalendarConstraintProvider::companyInOneExerciseAtATime)
                    .given(a, b, in(1, a, kgz1, true), in(2, b, kgz1, false), in(3, b, kaz1, true))
                    .penalizesBy(0);
            ExerciseAssignment c = at(cfx2, 1, day(2027, 5, 12), EDELWEISS);
            verifier.verifyThat(CalendarConstraintProvider::companyInOneExerciseAtATime)
                    .given(a, c, in(1, a, kgz1, true), in(2, c, kgz1, true))
                    .penalizesBy(0);
        }

        @Test
        void requiredCapabilitiesCovered() {
            ExerciseFact needs = exercise("CFX", day(2027, 3, 1), day(2027, 11, 30), 10, 1, 5,
                    Set.of("NIGHT_OPERATIONS", "INDIRECT_FIRE"));
            CompanyFact night = company("UZB-1", "UZB", Set.of("NIGHT_OPERATIONS"));
            CompanyFact mortar = company("KGZ-1", "KGZ", Set.of("INDIRECT_FIRE"));
            ExerciseAssignment a = at(needs, 0, day(2027, 4, 5), ILI);
            verifier.verifyThat(CalendarConstraintProvider::requiredCapabilitiesCovered)
                    .given(a, in(1, a, night, true), in(2, a, mortar, false))
                    .penalizesBy(1);
            verifier.verifyThat(CalendarConstraintProvider::requiredCapabilitiesCovered)
                    .given(a, in(1, a, night, false), in(2, a, mortar, false))
                    .penalizesBy(2);
            verifier.verifyThat(CalendarConstraintProvider::requiredCapabilitiesCovered)
                    .given(a, in(1, a, night, true), in(2, a, mortar, true))
                    .penalizesBy(0);
        }

        @Test
        void noBlackoutForHostNation() {
            BlackoutFact steppeEagle = new BlackoutFact("STEPPE EAGLE", "KAZ", day(2027, 4, 12), day(2027, 4, 30));
            verifier.verifyThat(CalendarConstraintProvider::noBlackoutForHostNation)
                    .given(at(cfx1, 0, day(2027, 4, 5), ILI), steppeEagle) // 12..14
                    .penalizesBy(3);
            verifier.verifyThat(CalendarConstraintProvider::noBlackoutForHostNation)
                    .given(at(cfx1, 0, day(2027, 4, 5), EDELWEISS), steppeEagle)
                    .penalizesBy(0);
        }

        @Test
        void noBlackoutForParticipatingNation() {
            BlackoutFact csto = new BlackoutFact("CSTO Interaction", "KGZ", day(2027, 4, 10), day(2027, 4, 20));
            ExerciseAssignment a = at(cfx1, 0, day(2027, 4, 5), ILI); // 10..14
            verifier.verifyThat(CalendarConstraintProvider::noBlackoutForParticipatingNation)
                    .given(a, in(1, a, kgz1, true), csto)
                    .penalizesBy(5);
            verifier.verifyThat(CalendarConstraintProvider::noBlackoutForParticipatingNation)
                    .given(a, in(1, a, kgz1, false), in(2, a, kaz1, true), csto)
                    .penalizesBy(0);
        }

        @Test
        void pinnedExerciseKept() {
            ExerciseAssignment moved = new ExerciseAssignment(cfx1, 0, List.of(day(2027, 4, 5), day(2027, 4, 6)),
                    List.of(ILI, EDELWEISS), day(2027, 4, 5), null);
            moved.setStart(day(2027, 4, 6));
            moved.setArea(ILI);
            verifier.verifyThat(CalendarConstraintProvider::pinnedExerciseKept)
                    .given(moved)
                    .penalizesBy(1);
            ExerciseAssignment kept = new ExerciseAssignment(cfx1, 0, List.of(day(2027, 4, 5)), List.of(ILI),
                    day(2027, 4, 5), "ILI");
            kept.setStart(day(2027, 4, 5));
            kept.setArea(ILI);
            verifier.verifyThat(CalendarConstraintProvider::pinnedExerciseKept)
                    .given(kept)
                    .penalizesBy(0);
        }
    }

    @Nested
    class Soft {

        @Test
        void hostNationChanges() {
            ExerciseFact cfx3 = exercise("CFX-2027-3");
            verifier.verifyThat(CalendarConstraintProvider::hostNationChanges)
                    .given(at(cfx1, 0, day(2027, 4, 5), ILI), at(cfx2, 1, day(2027, 6, 5), ILI),
                            at(cfx3, 2, day(2027, 9, 5), EDELWEISS))
                    .penalizesBy(1);
            verifier.verifyThat(CalendarConstraintProvider::hostNationChanges)
                    .given(at(cfx1, 0, day(2027, 4, 5), ILI), at(cfx2, 1, day(2027, 6, 5), EDELWEISS),
                            at(cfx3, 2, day(2027, 9, 5), ILI))
                    .penalizesBy(0);
        }

        @Test
        void hostingSharedFairly() {
            ExerciseFact cfx3 = exercise("CFX-2027-3");
            verifier.verifyThat(CalendarConstraintProvider::hostingSharedFairly)
                    .given(at(cfx1, 0, day(2027, 4, 5), ILI), at(cfx2, 1, day(2027, 6, 5), ILI),
                            at(cfx3, 2, day(2027, 9, 5), ILI))
                    .penalizesBy(3); // three pairs of exercises share KAZ as host
            verifier.verifyThat(CalendarConstraintProvider::hostingSharedFairly)
                    .given(at(cfx1, 0, day(2027, 4, 5), ILI), at(cfx2, 1, day(2027, 6, 5), EDELWEISS))
                    .penalizesBy(0);
        }

        @Test
        void companyTrainsEveryYear() {
            ExerciseAssignment a = at(cfx1, 0, day(2027, 4, 5), ILI);
            verifier.verifyThat(CalendarConstraintProvider::companyTrainsEveryYear)
                    .given(a, in(1, a, kgz1, false), new CompanyYear(kgz1, 2027))
                    .penalizesBy(1);
            verifier.verifyThat(CalendarConstraintProvider::companyTrainsEveryYear)
                    .given(a, in(1, a, kgz1, true), new CompanyYear(kgz1, 2027))
                    .penalizesBy(0);
        }

        @Test
        void exercisesSpreadOut() {
            verifier.verifyThat(CalendarConstraintProvider::exercisesSpreadOut)
                    .given(at(cfx1, 0, day(2027, 4, 5), ILI), at(cfx2, 1, day(2027, 4, 20), EDELWEISS)) // 5 free days
                    .penalizesBy(CalendarConstraintProvider.SPREAD_DAYS - 5);
            verifier.verifyThat(CalendarConstraintProvider::exercisesSpreadOut)
                    .given(at(cfx1, 0, day(2027, 4, 5), ILI), at(cfx2, 1, day(2027, 6, 1), EDELWEISS))
                    .penalizesBy(0);
        }

        @Test
        void shortTravel() {
            ExerciseAssignment a = at(cfx1, 0, day(2027, 4, 5), ILI);
            long hundreds = Math.round(kgz1.distanceKmTo(ILI) / 100);
            assertThat(hundreds).isEqualTo(2); // Bishkek to the Ili valley, about 230 km
            verifier.verifyThat(CalendarConstraintProvider::shortTravel)
                    .given(a, in(1, a, kgz1, true))
                    .penalizesBy((int) hundreds);
            verifier.verifyThat(CalendarConstraintProvider::shortTravel)
                    .given(a, in(1, a, kgz1, false))
                    .penalizesBy(0);
        }

        @Test
        void participationBalancedAcrossNations() {
            ExerciseAssignment a = at(cfx1, 0, day(2027, 4, 5), ILI);
            ExerciseAssignment b = at(cfx2, 1, day(2027, 6, 5), EDELWEISS);
            verifier.verifyThat(CalendarConstraintProvider::participationBalancedAcrossNations)
                    .given(a, b, in(1, a, kaz1, true), in(2, b, kaz1, true), in(3, a, kgz1, false), in(4, b, kgz1, false))
                    .penalizesBy(20); // KAZ 2, KGZ 0 against a fair 1 each: 10 × (1² + 1²)
            verifier.verifyThat(CalendarConstraintProvider::participationBalancedAcrossNations)
                    .given(a, b, in(1, a, kaz1, true), in(2, b, kaz1, false), in(3, a, kgz1, false), in(4, b, kgz1, true))
                    .penalizesBy(0);
        }

        @Test
        void maintainersInHqRoster() {
            CompanyFact usa = new CompanyFact("USA-1", "USA-1", "USA", 0, 0, Set.of("NIGHT_OPERATIONS"),
                    Set.of("NATO", "SOVIET"), List.of(CalendarFixtures.ATTACHED_2027_2029), List.of(), 1);
            ExerciseAssignment a = at(cfx1, 0, day(2027, 4, 5), ILI);
            RosterCoverage sovietOnly = new RosterCoverage(0, day(2027, 1, 1), day(2027, 6, 30), Set.of("SOVIET"));
            RosterCoverage both = new RosterCoverage(0, day(2027, 1, 1), day(2027, 6, 30), Set.of("SOVIET", "NATO"));
            verifier.verifyThat(CalendarConstraintProvider::maintainersInHqRoster)
                    .given(a, in(1, a, usa, true), sovietOnly)
                    .penalizesBy(1);
            verifier.verifyThat(CalendarConstraintProvider::maintainersInHqRoster)
                    .given(a, in(1, a, usa, true), both)
                    .penalizesBy(0);
            verifier.verifyThat(CalendarConstraintProvider::maintainersInHqRoster)
                    .given(a, in(1, a, usa, true)) // no roster: only a warning in the plan
                    .penalizesBy(0);
        }
    }

    @Test
    void justificationsReadAsPlannersWriteThem() {
        BlackoutJustification blackout = new BlackoutJustification("CFX-2027-2", "EDELWEISS", "KGZ", "CSTO Interaction",
                new Span(day(2027, 9, 10), day(2027, 9, 20)));
        assertThat(blackout.description())
                .isEqualTo("CFX-2027-2 at EDELWEISS: KGZ blackout CSTO Interaction 2027-09-10..09-20");
        assertThat(new AreaClosedJustification("CFX-2027-1", "EDELWEISS", 5, Set.of(12, 1, 3, 2, 11)).description())
                .isEqualTo("CFX-2027-1 at EDELWEISS: 5 days in closed months [1, 2, 3, 11, 12]");
        assertThat(new CapabilitiesJustification("CFX-2027-1", Set.of("SIGNAL", "ENGINEER")).description())
                .isEqualTo("CFX-2027-1: no participant brings ENGINEER, SIGNAL");
        assertThat(I18n.in(Language.RU, blackout::description))
                .isEqualTo("CFX-2027-2 на полигоне EDELWEISS: запретный период KGZ «CSTO Interaction» 2027-09-10..09-20");
    }
}
