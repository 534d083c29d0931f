package org.jmatu.planner.planning.calendar.solver;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jmatu.planner.planning.calendar.domain.AreaFact;
import org.jmatu.planner.planning.calendar.domain.CompanyFact;
import org.jmatu.planner.planning.calendar.domain.ExerciseAssignment;
import org.jmatu.planner.planning.calendar.domain.ExerciseFact;
import org.jmatu.planner.planning.calendar.domain.Participation;
import org.jmatu.planner.planning.calendar.domain.Span;

/** Small hand-made facts for the constraint tests. */
final class CalendarFixtures {

    static final AreaFact ILI = new AreaFact("ILI", "Iliyskiy training area", "KAZ", 2, Set.of(1, 2, 12), 43.9, 77.1);
    static final AreaFact EDELWEISS = new AreaFact("EDELWEISS", "Edelweiss", "KGZ", 4, Set.of(1, 2, 3, 11, 12), 42.6, 74.2);
    static final Span ATTACHED_2027_2029 = new Span(LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31));

    private CalendarFixtures() {
    }

    static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    static CompanyFact company(String id, String nation, Set<String> capabilities) {
        return new CompanyFact(id, id, nation, 42.87, 74.59, capabilities, Set.of("SOVIET"),
                List.of(ATTACHED_2027_2029), List.of(), 1);
    }

    static CompanyFact company(String id, String nation) {
        return company(id, nation, Set.of());
    }

    static ExerciseFact exercise(String id, LocalDate earliest, LocalDate latest, int days, int min, int max,
                                 Set<String> required) {
        return new ExerciseFact(id, id, "HOSTAGE_RESCUE", earliest, latest, days, min, max, required, earliest.getYear());
    }

    /** An exercise with a wide 2027 window, 10 days long, 1..6 companies, no required capability. */
    static ExerciseFact exercise(String id) {
        return exercise(id, day(2027, 3, 1), day(2027, 11, 30), 10, 1, 6, Set.of());
    }

    static ExerciseAssignment at(ExerciseFact exercise, int index, LocalDate start, AreaFact area) {
        return new ExerciseAssignment(exercise, index, start, area);
    }

    static Participation in(long id, ExerciseAssignment assignment, CompanyFact company, boolean participating) {
        return new Participation(id, assignment, company, participating);
    }
}
