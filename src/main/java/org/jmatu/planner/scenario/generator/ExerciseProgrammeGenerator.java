package org.jmatu.planner.scenario.generator;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.jmatu.planner.scenario.Scenario.Blackout;
import org.jmatu.planner.scenario.Scenario.Exercise;
import org.jmatu.planner.scenario.Scenario.Location;
import org.jmatu.planner.scenario.Scenario.TrainingArea;

/**
 * Real training areas of the member nations, combined field exercises twice a year (six at brigade
 * scale) hosted in turn, and the known exercises and holidays they must avoid.
 */
final class ExerciseProgrammeGenerator {

    private static final List<TrainingArea> AREAS = List.of(
            new TrainingArea("ILI", "Iliyskiy training area", "KAZ", 6, List.of(1, 2, 12), new Location(43.90, 77.10)),
            new TrainingArea("MATYBULAK", "Matybulak training area", "KAZ", 5, List.of(1, 2, 12),
                    new Location(43.55, 73.75)),
            new TrainingArea("SARY-SHAGAN", "Sary-Shagan training ground", "KAZ", 8, List.of(1, 2, 3, 11, 12),
                    new Location(46.38, 73.62)),
            new TrainingArea("EDELWEISS", "Edelweiss training ground (Issyk-Kul)", "KGZ", 4, List.of(1, 2, 3, 12),
                    new Location(42.46, 76.19)),
            new TrainingArea("FORISH", "Forish mountain training ground", "UZB", 4, List.of(1, 2, 12),
                    new Location(40.45, 66.85)),
            new TrainingArea("HARB-MAIDON", "Harb-Maidon training ground", "TJK", 4, List.of(1, 2, 12),
                    new Location(37.60, 68.40)),
            new TrainingArea("OTAR", "Otar training area", "KAZ", 6, List.of(1, 2, 12), new Location(43.53, 75.20)),
            new TrainingArea("LYAUR", "Lyaur training ground", "TJK", 4, List.of(1, 2, 12), new Location(38.40, 68.90)),
            new TrainingArea("KORLA", "Korla training base", "CHN", 6, List.of(1, 2, 12), new Location(41.73, 86.17)),
            new TrainingArea("CHEBARKUL", "Chebarkul training ground", "RUS", 8, List.of(1, 2, 3, 11, 12),
                    new Location(54.98, 60.37)));

    private record Theme(String scenario, String title, List<String> capabilities) {
    }

    private static final List<Theme> THEMES = List.of(
            new Theme("HOSTAGE_RESCUE", "Hostage rescue", List.of("SPECIAL_FORCES", "NIGHT_OPERATIONS")),
            new Theme("URBAN_COUNTER_TERRORISM", "Urban counter-terrorism", List.of("ENGINEER", "NIGHT_OPERATIONS")),
            new Theme("BORDER_INTERDICTION", "Border interdiction", List.of("RECONNAISSANCE", "ARMOURED_MOBILITY")),
            new Theme("COUNTER_INSURGENCY", "Counter-insurgency", List.of("INDIRECT_FIRE", "RECONNAISSANCE")),
            new Theme("MOUNTAIN_OPERATIONS", "Mountain operations", List.of("INDIRECT_FIRE", "SIGNAL")),
            new Theme("CONSEQUENCE_MANAGEMENT", "Consequence management", List.of("ENGINEER", "SIGNAL")));

    private record Window(MonthDay from, MonthDay to) {
    }

    private static final List<Window> TWICE_A_YEAR = List.of(
            new Window(MonthDay.of(4, 1), MonthDay.of(6, 30)),
            new Window(MonthDay.of(8, 15), MonthDay.of(10, 31)));

    private static final List<Window> SIX_A_YEAR = List.of(
            new Window(MonthDay.of(3, 25), MonthDay.of(5, 5)),
            new Window(MonthDay.of(4, 15), MonthDay.of(6, 5)),
            new Window(MonthDay.of(5, 20), MonthDay.of(7, 10)),
            new Window(MonthDay.of(7, 10), MonthDay.of(8, 31)),
            new Window(MonthDay.of(8, 25), MonthDay.of(10, 10)),
            new Window(MonthDay.of(9, 25), MonthDay.of(11, 10)));

    private ExerciseProgrammeGenerator() {
    }

    static List<TrainingArea> areas(Scale scale) {
        return scale == Scale.BATTALION ? AREAS.subList(0, 6) : AREAS;
    }

    static List<Exercise> exercises(Scale scale, int firstYear) {
        List<Window> windows = scale == Scale.BATTALION ? TWICE_A_YEAR : SIX_A_YEAR;
        List<Exercise> exercises = new ArrayList<>();
        for (int year = firstYear; year < firstYear + scale.years; year++) {
            for (int index = 0; index < windows.size(); index++) {
                Window window = windows.get(index);
                Theme theme = THEMES.get((exercises.size()) % THEMES.size());
                exercises.add(new Exercise("CFX-" + year + "-" + (index + 1),
                        "Combined Field Exercise " + year + "/" + (index + 1) + ": " + theme.title(), theme.scenario(),
                        window.from().atYear(year), window.to().atYear(year), scale == Scale.BATTALION ? 14 : 10,
                        3, scale == Scale.BATTALION ? 5 : 6, theme.capabilities()));
            }
        }
        return exercises;
    }

    static List<Blackout> blackouts(int firstYear, int years) {
        List<Blackout> blackouts = new ArrayList<>();
        for (int year = firstYear; year < firstYear + years; year++) {
            add(blackouts, "Chinese New Year", year, 2, 1, 2, 7, "CHN");
            add(blackouts, "Nauryz holidays", year, 3, 21, 3, 23, "KAZ", "KGZ", "UZB", "TJK");
            add(blackouts, "Victory Day", year, 5, 8, 5, 10, "RUS", "KAZ", "KGZ", "UZB", "TJK");
            add(blackouts, "STEPPE EAGLE", year, 6, 7, 6, 25, "KAZ", "USA", "KGZ");
            add(blackouts, "US Independence Day", year, 7, 3, 7, 5, "USA");
            if (year % 2 == 1) {
                add(blackouts, "SCO Peace Mission", year, 8, 20, 9, 5, "CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB");
            }
            add(blackouts, "Uzbek Independence Day", year, 9, 1, 9, 1, "UZB");
            add(blackouts, "Tajik Independence Day", year, 9, 9, 9, 9, "TJK");
            add(blackouts, "CSTO Interaction", year, 9, 10, 9, 24, "RUS", "KAZ", "KGZ", "TJK");
            add(blackouts, "National Day Golden Week", year, 10, 1, 10, 7, "CHN");
            add(blackouts, "Kazakh Independence Day", year, 12, 16, 12, 17, "KAZ");
        }
        return blackouts;
    }

    private static void add(List<Blackout> blackouts, String name, int year, int fromMonth, int fromDay, int toMonth,
                            int toDay, String... nations) {
        blackouts.add(new Blackout(name + " " + year, LocalDate.of(year, fromMonth, fromDay),
                LocalDate.of(year, toMonth, toDay), List.of(nations)));
    }
}
