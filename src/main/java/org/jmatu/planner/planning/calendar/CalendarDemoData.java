package org.jmatu.planner.planning.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.Scenario.Blackout;
import org.jmatu.planner.scenario.Scenario.Company;
import org.jmatu.planner.scenario.Scenario.DateSpan;
import org.jmatu.planner.scenario.Scenario.EquipmentType;
import org.jmatu.planner.scenario.Scenario.Exercise;
import org.jmatu.planner.scenario.Scenario.Holding;
import org.jmatu.planner.scenario.Scenario.Location;
import org.jmatu.planner.scenario.Scenario.Nation;
import org.jmatu.planner.scenario.Scenario.TrainingArea;

/**
 * Seeded calendar scenarios (battalion: 5 companies, 3 years, 2 exercises a year; brigade: 24 companies,
 * 5 years, 6 exercises a year) for the benchmark tests and for the calendar view until the database
 * exporter provides the unit's own scenario. Only the calendar's parts of the scenario are filled.
 */
public final class CalendarDemoData {

    public enum Scale { BATTALION, BRIGADE }

    private static final String[] SCENARIOS = {"HOSTAGE_RESCUE", "URBAN_COUNTER_TERRORISM", "BORDER_INTERDICTION",
            "COUNTER_INSURGENCY"};

    private CalendarDemoData() {
    }

    public static Scenario generate(Scale scale, long seed) {
        Random random = new Random(seed);
        boolean brigade = scale == Scale.BRIGADE;
        int years = brigade ? 5 : 3;
        int periods = years * 2;
        LocalDate start = LocalDate.of(2027, 1, 1);

        List<Nation> nations = List.of(
                new Nation("KAZ", "Kazakhstan", "FRAMEWORK", "SOVIET", 2, 4, 0.40),
                new Nation("USA", "United States", "GLOBAL_POWER", "NATO", 2, 2, 0.15),
                new Nation("RUS", "Russian Federation", "GLOBAL_POWER", "SOVIET", 2, 2, 0.15),
                new Nation("CHN", "People's Republic of China", "GLOBAL_POWER", "CHINESE", 2, 2, 0.15),
                new Nation("KGZ", "Kyrgyzstan", "REGIONAL", "SOVIET", 2, 2, 0.05),
                new Nation("UZB", "Uzbekistan", "REGIONAL", "SOVIET", 2, 2, 0.05),
                new Nation("TJK", "Tajikistan", "REGIONAL", "SOVIET", 2, 2, 0.05));
        List<EquipmentType> types = List.of(
                new EquipmentType("AK74M", "AK-74M assault rifle", "RUS", "SOVIET", List.of(), "MAINT_SOVIET"),
                new EquipmentType("R168", "R-168 radio set", "RUS", "SOVIET", List.of("SIGNAL"), "MAINT_SOVIET"),
                new EquipmentType("PP87", "PP87 82 mm mortar", "CHN", "CHINESE", List.of("INDIRECT_FIRE"), "MAINT_CHINESE"),
                new EquipmentType("PVS14", "AN/PVS-14 night vision device", "USA", "NATO", List.of("NIGHT_OPERATIONS"), "MAINT_NATO"),
                new EquipmentType("IMP2", "IMP-2 mine detector", "RUS", "SOVIET", List.of("ENGINEER"), "MAINT_SOVIET"));

        List<TrainingArea> areas = new ArrayList<>(List.of(
                new TrainingArea("ILI", "Iliyskiy training area", "KAZ", 6, List.of(1, 2, 12), new Location(43.9, 77.1)),
                new TrainingArea("EDELWEISS", "Edelweiss mountain range", "KGZ", 4, List.of(1, 2, 3, 11, 12), new Location(42.6, 74.2)),
                new TrainingArea("FORISH", "Forish training ground", "UZB", 5, List.of(1, 7), new Location(40.4, 66.8)),
                new TrainingArea("FAKHRABAD", "Fakhrabad training area", "TJK", 4, List.of(1, 2, 12), new Location(38.3, 68.9))));
        if (brigade) {
            areas.add(new TrainingArea("SARYSHAGAN", "Sary-Shagan training ground", "KAZ", 8, List.of(1, 2, 12), new Location(46.4, 73.6)));
            areas.add(new TrainingArea("DONGUZ", "Donguz range", "RUS", 8, List.of(1, 2), new Location(51.5, 54.9)));
            areas.add(new TrainingArea("KORLA", "Korla training base", "CHN", 8, List.of(1, 12), new Location(41.7, 86.1)));
        }

        List<Company> companies = new ArrayList<>();
        if (brigade) {
            addCompanies(companies, random, "KAZ", 6, periods, 0, new Location(43.25, 76.95));
            addCompanies(companies, random, "KGZ", 3, periods, 0, new Location(42.87, 74.59));
            addCompanies(companies, random, "UZB", 3, periods, 0, new Location(41.30, 69.24));
            addCompanies(companies, random, "TJK", 3, periods, 1, new Location(38.56, 68.78));
            addCompanies(companies, random, "RUS", 3, periods, 2, new Location(51.77, 55.10));
            addCompanies(companies, random, "CHN", 3, periods, 2, new Location(43.83, 87.62));
            addCompanies(companies, random, "USA", 3, periods, 4, new Location(43.25, 76.95));
        } else {
            addCompanies(companies, random, "KAZ", 2, periods, 0, new Location(43.25, 76.95));
            addCompanies(companies, random, "KGZ", 1, periods, 0, new Location(42.87, 74.59));
            addCompanies(companies, random, "UZB", 1, periods, 0, new Location(41.30, 69.24));
            addCompanies(companies, random, "TJK", 1, periods, 0, new Location(38.56, 68.78));
        }

        List<Exercise> exercises = new ArrayList<>();
        List<Blackout> blackouts = new ArrayList<>();
        int[][] windows = brigade
                ? new int[][] {{3, 4}, {4, 5}, {5, 6}, {7, 8}, {9, 10}, {10, 11}}
                : new int[][] {{4, 6}, {9, 10}};
        for (int y = 0; y < years; y++) {
            int year = start.getYear() + y;
            for (int i = 0; i < windows.length; i++) {
                LocalDate from = LocalDate.of(year, windows[i][0], 1);
                LocalDate to = LocalDate.of(year, windows[i][1], 1).plusMonths(1).minusDays(1);
                List<String> required = new ArrayList<>();
                List<String> pool = new ArrayList<>(List.of("NIGHT_OPERATIONS", "INDIRECT_FIRE", "ENGINEER", "SIGNAL", "SPECIAL_FORCES"));
                int needed = 1 + random.nextInt(2);
                for (int k = 0; k < needed; k++) {
                    required.add(pool.remove(random.nextInt(pool.size())));
                }
                exercises.add(new Exercise("CFX-" + year + "-" + (i + 1), "Combined Field Exercise " + year + "/" + (i + 1),
                        SCENARIOS[random.nextInt(SCENARIOS.length)], from, to, 10 + 2 * random.nextInt(3),
                        3, brigade ? 6 : 5, List.copyOf(required)));
            }
            LocalDate steppeEagle = LocalDate.of(year, 6, 5 + random.nextInt(10));
            blackouts.add(new Blackout("STEPPE EAGLE " + year, steppeEagle, steppeEagle.plusDays(18), List.of("KAZ", "USA")));
            LocalDate csto = LocalDate.of(year, 9, 8 + random.nextInt(8));
            blackouts.add(new Blackout("CSTO Interaction " + year, csto, csto.plusDays(10), List.of("RUS", "KAZ", "KGZ", "TJK")));
            LocalDate sco = LocalDate.of(year, 8, 1 + random.nextInt(14));
            blackouts.add(new Blackout("SCO Peace Mission " + year, sco, sco.plusDays(12), List.of("CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB")));
            blackouts.add(new Blackout("Nauryz " + year, LocalDate.of(year, 3, 21), LocalDate.of(year, 3, 23), List.of("KAZ", "KGZ", "UZB", "TJK")));
            blackouts.add(new Blackout("Victory Day " + year, LocalDate.of(year, 5, 9), LocalDate.of(year, 5, 9), List.of("KAZ", "RUS", "KGZ", "UZB", "TJK")));
        }
        String name = (brigade ? "Brigade " : "Battalion ") + start.getYear() + "-" + (start.getYear() + years - 1);
        return new Scenario(Scenario.FORMAT, name, new Scenario.Horizon(start, 6, periods, 14), nations, List.of(),
                List.of(), types, List.copyOf(companies), List.copyOf(areas), List.copyOf(exercises), List.copyOf(blackouts),
                Scenario.Pinned.none());
    }

    private static void addCompanies(List<Company> companies, Random random, String nation, int count, int periods,
                                     int firstPeriod, Location base) {
        String[][] kinds = {
                {"SPECIAL_FORCES", "AK74M", "PVS14", "R168"},
                {"ENGINEER", "AK74M", "IMP2"},
                {"MORTAR", "AK74M", "PP87", "R168"},
                {"INFANTRY", "AK74M", "PVS14"},
                {"SIGNAL", "AK74M", "R168"},
                {"RECONNAISSANCE", "AK74M", "PVS14", "R168"}};
        for (int i = 0; i < count; i++) {
            String[] kind = kinds[companies.size() % kinds.length];
            List<Holding> equipment = IntStream.range(1, kind.length)
                    .mapToObj(k -> new Holding(kind[k], k == 1 ? 100 : 6 + random.nextInt(6))).toList();
            List<String> capabilities = kind[0].equals("SPECIAL_FORCES") ? List.of("SPECIAL_FORCES") : List.of();
            int from = Math.min(firstPeriod + (nation.equals("KAZ") ? 0 : i % 2), periods - 1);
            List<Integer> attached = IntStream.range(from, periods).boxed().toList();
            List<DateSpan> unavailable = new ArrayList<>();
            int year = 2027 + random.nextInt(Math.max(1, periods / 2));
            LocalDate gone = LocalDate.of(year, 1 + random.nextInt(12), 1);
            unavailable.add(new DateSpan(gone, gone.plusDays(20)));
            String id = nation + "-" + (i + 1);
            companies.add(new Company(id, ordinal(i + 1) + " " + nation + " " + kind[0].toLowerCase().replace('_', ' ') + " company",
                    nation, kind[0], 90 + random.nextInt(40), capabilities, nation + " home base",
                    new Location(base.lat() + (random.nextDouble() - 0.5), base.lon() + (random.nextDouble() - 0.5)),
                    attached, List.copyOf(unavailable), equipment));
        }
    }

    private static String ordinal(int n) {
        return n + (n == 1 ? "st" : n == 2 ? "nd" : n == 3 ? "rd" : "th");
    }
}
