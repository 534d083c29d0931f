package org.jmatu.planner.planning.calendar.proof;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.Scenario.Company;
import org.jmatu.planner.scenario.Scenario.Exercise;

/**
 * A small hand-made scenario with a feasible calendar (two periods of a year from 2027-01-01): KAZ-1 brings
 * INDIRECT_FIRE, USA-1 NIGHT_OPERATIONS (by its equipment), RUS-1 SNIPER; ILI (KAZ, capacity 3, closed in winter)
 * and OTAR (KAZ, capacity 2, always open). EX1 (March to June, 14 days, 2-3 companies, INDIRECT_FIRE and
 * NIGHT_OPERATIONS) and EX2 (October and November, 10 days, 1-2 companies, SNIPER). Each test changes one thing.
 */
public final class ProofScenario {

    public final List<Scenario.Nation> nations = new ArrayList<>(List.of(
            new Scenario.Nation("KAZ", "Kazakhstan", "FRAMEWORK", "SOVIET", 2, 4, 0.5),
            new Scenario.Nation("USA", "United States", "GLOBAL_POWER", "NATO", 2, 2, 0.25),
            new Scenario.Nation("RUS", "Russian Federation", "GLOBAL_POWER", "SOVIET", 2, 2, 0.25)));
    public final List<Scenario.Post> posts = new ArrayList<>(List.of(new Scenario.Post("CDR", "Commander",
            "Command Group", "OF-5", "OF-6", List.of("COMMAND"), 3, new Scenario.Sourcing("FIXED", List.of("KAZ"),
            null, null), null, null, null)));
    public final List<Scenario.Person> personnel = new ArrayList<>(List.of(new Scenario.Person("KAZ-0001", "A",
            "KAZ", "OF-5", List.of("COMMAND"), 3, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31))));
    public final List<Scenario.EquipmentType> equipmentTypes = new ArrayList<>(List.of(
            new Scenario.EquipmentType("AK74M", "AK-74M", "RUS", "SOVIET", List.of(), null),
            new Scenario.EquipmentType("2B14", "2B14 mortar", "RUS", "SOVIET", List.of("INDIRECT_FIRE"), null),
            new Scenario.EquipmentType("PVS14", "AN/PVS-14", "USA", "NATO", List.of("NIGHT_OPERATIONS"), null)));
    public final List<Company> companies = new ArrayList<>(List.of(
            company("KAZ-1", "KAZ", List.of(), List.of(0, 1), List.of(),
                    List.of(new Scenario.Holding("AK74M", 100), new Scenario.Holding("2B14", 4))),
            company("USA-1", "USA", List.of(), List.of(0, 1), List.of(), List.of(new Scenario.Holding("PVS14", 20))),
            company("RUS-1", "RUS", List.of("SNIPER"), List.of(0, 1), List.of(),
                    List.of(new Scenario.Holding("AK74M", 100)))));
    public final List<Scenario.TrainingArea> trainingAreas = new ArrayList<>(List.of(
            new Scenario.TrainingArea("ILI", "Iliyskiy", "KAZ", 3, List.of(1, 2, 12), new Scenario.Location(43.9, 77.1)),
            new Scenario.TrainingArea("OTAR", "Otar", "KAZ", 2, List.of(), new Scenario.Location(43.5, 75.2))));
    public final List<Exercise> exercises = new ArrayList<>(List.of(
            new Exercise("EX1", "Exercise one", "HOSTAGE_RESCUE", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30),
                    14, 2, 3, List.of("INDIRECT_FIRE", "NIGHT_OPERATIONS")),
            new Exercise("EX2", "Exercise two", "RAID", LocalDate.of(2027, 10, 1), LocalDate.of(2027, 11, 30),
                    10, 1, 2, List.of("SNIPER"))));
    public final List<Scenario.Blackout> blackouts = new ArrayList<>(List.of(
            new Scenario.Blackout("STEPPE EAGLE", LocalDate.of(2027, 6, 7), LocalDate.of(2027, 6, 25),
                    List.of("KAZ", "USA"))));
    public final List<Scenario.PinnedExercise> pins = new ArrayList<>();

    public Scenario scenario() {
        return new Scenario(Scenario.FORMAT, "Proof", new Scenario.Horizon(LocalDate.of(2027, 1, 1), 6, 2, 14),
                List.copyOf(nations), List.copyOf(posts), List.copyOf(personnel), List.copyOf(equipmentTypes),
                List.copyOf(companies), List.copyOf(trainingAreas), List.copyOf(exercises), List.copyOf(blackouts),
                new Scenario.Pinned(List.of(), List.copyOf(pins)));
    }

    public void replaceExercise(String id, Exercise with) {
        exercises.replaceAll(e -> e.id().equals(id) ? with : e);
    }

    public void replaceCompany(String id, Company with) {
        companies.replaceAll(c -> c.id().equals(id) ? with : c);
    }

    public static Company company(String id, String nation, List<String> capabilities, List<Integer> attached,
                                  List<Scenario.DateSpan> unavailable, List<Scenario.Holding> equipment) {
        return new Company(id, id + " company", nation, "INFANTRY", 100, capabilities, null,
                new Scenario.Location(43.0, 76.0), attached, unavailable, equipment);
    }

    public static Exercise exercise(String id, LocalDate from, LocalDate to, int days, int min, int max,
                                    String... capabilities) {
        return new Exercise(id, id, "RAID", from, to, days, min, max, List.of(capabilities));
    }
}
