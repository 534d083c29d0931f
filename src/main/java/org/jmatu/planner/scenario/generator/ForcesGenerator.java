package org.jmatu.planner.scenario.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.Scenario.Company;
import org.jmatu.planner.scenario.Scenario.DateSpan;
import org.jmatu.planner.scenario.Scenario.EquipmentType;
import org.jmatu.planner.scenario.Scenario.Holding;
import org.jmatu.planner.scenario.Scenario.Location;

/**
 * Equipment leveraged by origin (Russian small arms, Chinese mortars, US night-vision devices, NATO/UN
 * communications) and the regional companies that hold it; the brigade adds more companies and US,
 * Russian and Chinese units attached for some periods only. Every capability an exercise may require
 * is brought by at least two companies, so that one company away does not make a calendar impossible.
 */
final class ForcesGenerator {

    static final List<EquipmentType> EQUIPMENT = List.of(
            new EquipmentType("AK74M", "AK-74M assault rifle", "RUS", "SOVIET", List.of(), "MAINT_SOVIET"),
            new EquipmentType("PKM", "PKM general-purpose machine gun", "RUS", "SOVIET", List.of(), "MAINT_SOVIET"),
            new EquipmentType("SVD", "SVD designated marksman rifle", "RUS", "SOVIET", List.of("SNIPER"), "MAINT_SOVIET"),
            new EquipmentType("RPG7", "RPG-7V anti-tank grenade launcher", "RUS", "SOVIET", List.of(), "MAINT_SOVIET"),
            new EquipmentType("BTR80", "BTR-80 armoured personnel carrier", "RUS", "SOVIET", List.of("ARMOURED_MOBILITY"),
                    "MAINT_SOVIET"),
            new EquipmentType("R168", "R-168 tactical radio", "RUS", "SOVIET", List.of("SIGNAL"), "MAINT_SOVIET"),
            new EquipmentType("ORLAN10", "Orlan-10 reconnaissance UAV", "RUS", "SOVIET", List.of("RECONNAISSANCE"),
                    "MAINT_SOVIET"),
            new EquipmentType("IMP2", "IMP-2 mine detector", "RUS", "SOVIET", List.of("ENGINEER"), "MAINT_SOVIET"),
            new EquipmentType("UAZ452A", "UAZ-452A field ambulance", "RUS", "SOVIET", List.of("MEDICAL"), "MAINT_SOVIET"),
            new EquipmentType("PP87", "PP87 82 mm mortar", "CHN", "CHINESE", List.of("INDIRECT_FIRE"), "MAINT_CHINESE"),
            new EquipmentType("PCP001", "PCP001 60 mm commando mortar", "CHN", "CHINESE", List.of("INDIRECT_FIRE"),
                    "MAINT_CHINESE"),
            new EquipmentType("PVS14", "AN/PVS-14 night-vision monocular", "USA", "NATO", List.of("NIGHT_OPERATIONS"),
                    "MAINT_NATO"),
            new EquipmentType("PRC152", "AN/PRC-152 multiband radio", "USA", "NATO", List.of("SIGNAL"), "MAINT_NATO"),
            new EquipmentType("M4", "M4A1 carbine", "USA", "NATO", List.of(), "MAINT_NATO"));

    private record Template(String type, String name, int strength, List<String> capabilities, List<Holding> equipment) {
    }

    private record Base(String nation, String name, double lat, double lon) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("SPECIAL_FORCES", "Special Forces Company", 90,
                    List.of("SPECIAL_FORCES", "AIR_ASSAULT", "RECONNAISSANCE"),
                    List.of(new Holding("AK74M", 80), new Holding("SVD", 6), new Holding("PVS14", 60),
                            new Holding("PRC152", 12))),
            new Template("ENGINEER", "Engineer-Sapper Company", 100, List.of(),
                    List.of(new Holding("AK74M", 95), new Holding("IMP2", 20), new Holding("R168", 8))),
            new Template("MORTAR", "Mortar Company", 80, List.of(),
                    List.of(new Holding("AK74M", 70), new Holding("PP87", 12), new Holding("PVS14", 20),
                            new Holding("R168", 6))),
            new Template("INFANTRY", "Infantry Company", 110, List.of(),
                    List.of(new Holding("AK74M", 100), new Holding("PKM", 9), new Holding("RPG7", 9),
                            new Holding("BTR80", 10), new Holding("IMP2", 4), new Holding("R168", 10))),
            new Template("RECONNAISSANCE", "Special Reconnaissance Company", 85, List.of("SPECIAL_FORCES"),
                    List.of(new Holding("AK74M", 80), new Holding("ORLAN10", 4), new Holding("PVS14", 40),
                            new Holding("R168", 8))),
            new Template("INFANTRY", "Mountain Infantry Company", 105, List.of(),
                    List.of(new Holding("AK74M", 95), new Holding("PKM", 9), new Holding("PCP001", 6),
                            new Holding("BTR80", 6), new Holding("IMP2", 4), new Holding("R168", 8))),
            new Template("MEDICAL", "Medical Company", 70, List.of(),
                    List.of(new Holding("AK74M", 30), new Holding("UAZ452A", 8), new Holding("R168", 4))),
            new Template("SIGNAL", "Signal Company", 75, List.of(),
                    List.of(new Holding("AK74M", 60), new Holding("PRC152", 30), new Holding("R168", 20))));

    /** Battalion: the thesis's regional companies plus Kazakh special forces, sappers and mortars. */
    private static final List<Base> BATTALION_BASES = List.of(
            new Base("KAZ", "Kapchagay", 43.88, 77.07),
            new Base("KAZ", "Almaty", 43.24, 76.89),
            new Base("KAZ", "Taraz", 42.90, 71.37),
            new Base("KGZ", "Bishkek", 42.87, 74.59),
            new Base("UZB", "Chirchiq", 41.47, 69.58),
            new Base("TJK", "Dushanbe", 38.56, 68.79));

    private static final List<Base> MORE_BASES = List.of(
            new Base("KAZ", "Shymkent", 42.32, 69.59),
            new Base("KAZ", "Ayagoz", 47.96, 80.44),
            new Base("KAZ", "Astana", 51.17, 71.45),
            new Base("KGZ", "Osh", 40.53, 72.80),
            new Base("KGZ", "Balykchy", 42.46, 76.19),
            new Base("UZB", "Termez", 37.22, 67.28),
            new Base("UZB", "Samarkand", 39.65, 66.96),
            new Base("TJK", "Khujand", 40.28, 69.62),
            new Base("TJK", "Kulob", 37.91, 69.78),
            new Base("KAZ", "Semey", 50.41, 80.23),
            new Base("UZB", "Nukus", 42.46, 59.60),
            new Base("KGZ", "Naryn", 41.43, 75.99),
            new Base("TJK", "Khorog", 37.49, 71.55),
            new Base("KAZ", "Aktobe", 50.28, 57.17));

    /** Units of the powers are attached for some periods, not permanently (the modular HQ concept). */
    private static final List<Base> ATTACHED_BASES = List.of(
            new Base("USA", "Fort Campbell (deployed)", 36.66, -87.47),
            new Base("RUS", "Kant air base (deployed)", 42.85, 74.85),
            new Base("CHN", "Urumqi (deployed)", 43.83, 87.62),
            new Base("RUS", "Dushanbe 201st base (deployed)", 38.54, 68.75));

    private ForcesGenerator() {
    }

    static List<Company> companies(Scale scale, Scenario.Horizon horizon, Random random) {
        List<Base> bases = new ArrayList<>(BATTALION_BASES);
        if (scale == Scale.BRIGADE) {
            bases.addAll(MORE_BASES);
            bases.addAll(ATTACHED_BASES);
        }
        List<Company> companies = new ArrayList<>();
        Map<String, Integer> serials = new HashMap<>();
        for (int index = 0; index < Math.min(scale.companies, bases.size()); index++) {
            Base base = bases.get(index);
            Template template = TEMPLATES.get(index % TEMPLATES.size());
            int serial = serials.merge(base.nation(), 1, Integer::sum);
            int parity = index % 2;
            boolean attachedOnly = ATTACHED_BASES.contains(base);
            List<Integer> attached = IntStream.range(0, horizon.periods())
                    .filter(period -> !attachedOnly || period % 2 == parity).boxed().toList();
            companies.add(new Company(base.nation() + "-" + serial, ordinal(serial) + " " + demonym(base.nation()) + " "
                    + template.name(), base.nation(), template.type(), template.strength() - 5 + random.nextInt(11),
                    template.capabilities(), base.name(), new Location(base.lat(), base.lon()), attached,
                    unavailability(horizon, random), holdings(base.nation(), template)));
        }
        return companies;
    }

    /** US units bring their own NATO carbines instead of Russian-pattern rifles. */
    private static List<Holding> holdings(String nation, Template template) {
        if (!"USA".equals(nation)) {
            return template.equipment();
        }
        return template.equipment().stream()
                .map(holding -> "AK74M".equals(holding.type()) ? new Holding("M4", holding.quantity()) : holding)
                .toList();
    }

    /** A month a year away on national duties, at a random point of each year. */
    private static List<DateSpan> unavailability(Scenario.Horizon horizon, Random random) {
        List<DateSpan> spans = new ArrayList<>();
        int years = horizon.periods() * horizon.periodMonths() / 12;
        for (int year = 0; year < years; year++) {
            if (random.nextInt(100) < 60) {
                LocalDate from = horizon.start().plusYears(year).plusMonths(random.nextInt(12)).plusDays(random.nextInt(20));
                spans.add(new DateSpan(from, from.plusDays(20 + random.nextInt(15))));
            }
        }
        return spans;
    }

    private static String ordinal(int serial) {
        return switch (serial) {
            case 1 -> "1st";
            case 2 -> "2nd";
            case 3 -> "3rd";
            default -> serial + "th";
        };
    }

    private static String demonym(String nation) {
        return switch (nation) {
            case "KAZ" -> "Kazakh";
            case "KGZ" -> "Kyrgyz";
            case "UZB" -> "Uzbek";
            case "TJK" -> "Tajik";
            case "USA" -> "US";
            case "RUS" -> "Russian";
            case "CHN" -> "Chinese";
            default -> nation;
        };
    }
}
