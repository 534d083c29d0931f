package org.jmatu.planner.burden;

import java.time.LocalDate;
import java.util.List;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;

/** The hand-worked example of docs/user-guide.md ("Burden sharing: a worked example"), figure for figure. */
final class WorkedExample {

    private WorkedExample() {
    }

    static Scenario scenario() {
        Growth growth = new Growth(List.of(),
                List.of(new Growth.FundingShare("KAZ", 0.5), new Growth.FundingShare("USA", 0.3),
                        new Growth.FundingShare("KGZ", 0.2)),
                new Growth.CostModel("EUR", List.of(new Growth.StaffCost("OF-4", "OF-6", 60_000),
                        new Growth.StaffCost("OR-5", "OF-3", 30_000)), 2_000, 50_000, 10, 500),
                List.of(new Growth.Garrison("AST-FH", "Astana family housing", "FAMILY_HOUSING", "KAZ", 12_000,
                        List.of(new Growth.Capacity(0, 10)))));
        return new Scenario(Scenario.FORMAT, "Worked example", new Scenario.Horizon(LocalDate.of(2027, 1, 1), 6, 2, 14),
                List.of(nation("KAZ", "FRAMEWORK"), nation("USA", "GLOBAL_POWER"), nation("KGZ", "REGIONAL")),
                List.of(post("CDR"), post("J3"), post("J1")),
                List.of(person("KAZ-1", "KAZ", "OF-5"), person("USA-1", "USA", "OF-4"), person("USA-2", "USA", "OF-2")),
                List.of(),
                List.of(company("KAZ-C1", "KAZ", 0), company("KGZ-C1", "KGZ", 1)),
                List.of(new Scenario.TrainingArea("ILI", "Iliyskiy", "KAZ", 4, List.of(), new Scenario.Location(0, 0))),
                List.of(new Scenario.Exercise("CFX-1", "Combined field exercise", "HOSTAGE_RESCUE",
                        LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30), 10, 2, 2, List.of())),
                List.of(), Scenario.Pinned.none(), List.of(), growth, List.of());
    }

    static Plan plan() {
        return new Plan(Plan.FORMAT, "Worked example", null,
                List.of(new Plan.RotationRow("CDR", 0, "KAZ-1"), new Plan.RotationRow("CDR", 1, "KAZ-1"),
                        new Plan.RotationRow("J3", 0, "USA-1"), new Plan.RotationRow("J3", 1, "USA-1"),
                        new Plan.RotationRow("J1", 0, "USA-2"), new Plan.RotationRow("J1", 1, null)),
                List.of(new Plan.ExerciseRow("CFX-1", LocalDate.of(2027, 4, 5), LocalDate.of(2027, 4, 14), "ILI",
                        List.of("KAZ-C1", "KGZ-C1"))),
                List.of());
    }

    private static Scenario.Nation nation(String code, String role) {
        return new Scenario.Nation(code, code, role, "SOVIET", 2, 4, 0);
    }

    private static Scenario.Post post(String id) {
        return new Scenario.Post(id, id, "Command Group", "OR-5", "OF-6", List.of(), 0,
                new Scenario.Sourcing("ANY", null, null, null), null, null, null);
    }

    private static Scenario.Person person(String id, String nation, String rank) {
        return new Scenario.Person(id, id, nation, rank, List.of(), 3, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 1, 1));
    }

    /** A company whose home base lies {@code degreesEast} of the training area on the equator (1° = 111 km). */
    private static Scenario.Company company(String id, String nation, int degreesEast) {
        return new Scenario.Company(id, id, nation, "INFANTRY", 100, List.of(), null,
                new Scenario.Location(0, degreesEast), List.of(0, 1), List.of(), List.of());
    }
}
