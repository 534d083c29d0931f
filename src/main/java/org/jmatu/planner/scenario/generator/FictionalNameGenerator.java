package org.jmatu.planner.scenario.generator;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plausible, clearly fictional names per nation for demo nominees. Combinations are drawn at random, and
 * names of well-known public figures were left out of the lists on purpose.
 */
final class FictionalNameGenerator {

    private record NameParts(List<String> given, List<String> family, boolean familyFirst, boolean slavicFeminine) {
    }

    private static final Map<String, NameParts> BY_NATION = Map.of(
            "KAZ", new NameParts(
                    List.of("Aibek", "Nurlan", "Yerlan", "Daniyar", "Asel", "Madina", "Askar", "Bauyrzhan", "Timur",
                            "Aigerim", "Serik", "Kairat", "Yerzhan", "Dana", "Zhanna", "Arman", "Samal", "Marat"),
                    List.of("Akhmetov", "Bekov", "Dzhaksybekov", "Iskakov", "Kassymov", "Mukanov", "Nurpeisov",
                            "Sadykov", "Tulegenov", "Utepov", "Zhumabayev", "Abenov", "Seitkaliev", "Yessenov"),
                    false, true),
            "USA", new NameParts(
                    List.of("James", "Maria", "Robert", "Jennifer", "Michael", "Linda", "David", "Patricia", "Carlos",
                            "Aisha", "Kevin", "Sarah", "Brian", "Emily", "Marcus", "Rachel", "Tyrone", "Megan"),
                    List.of("Reyes", "Carter", "Nguyen", "Walsh", "Brooks", "Foster", "Hayes", "Jensen", "Morales",
                            "Patel", "Sullivan", "Whitaker", "Coleman", "Delgado", "Harper", "Lindqvist"),
                    false, false),
            "RUS", new NameParts(
                    List.of("Alexei", "Dmitri", "Sergei", "Olga", "Igor", "Natalia", "Pavel", "Yelena", "Andrei",
                            "Mikhail", "Irina", "Viktor", "Nikolai", "Tatiana", "Roman", "Svetlana"),
                    List.of("Orlov", "Belov", "Sokolov", "Volkov", "Lebedev", "Morozov", "Kozlov", "Fedorov",
                            "Zaitsev", "Gromov", "Kiselev", "Tarasov", "Sorokin", "Zhukovsky"),
                    false, true),
            "CHN", new NameParts(
                    List.of("Wei", "Jun", "Lei", "Hui", "Min", "Tao", "Jing", "Yong", "Fang", "Qiang", "Xin", "Hao",
                            "Lin", "Bo", "Yan", "Peng"),
                    List.of("Zhang", "Wang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma",
                            "Gao", "Luo"),
                    true, false),
            "KGZ", new NameParts(
                    List.of("Azamat", "Bakyt", "Kanat", "Aida", "Nurbek", "Ermek", "Aizada", "Talant", "Chyngyz",
                            "Meerim", "Ulan", "Bermet"),
                    List.of("Asanov", "Osmonov", "Toktogulov", "Sydykov", "Abdyldaev", "Mamatov", "Jumabaev",
                            "Isakov", "Kadyrov", "Beishenov"),
                    false, true),
            "UZB", new NameParts(
                    List.of("Rustam", "Jasur", "Dilshod", "Sardor", "Nodira", "Bekzod", "Aziz", "Gulnora", "Sherzod",
                            "Farrukh", "Malika", "Otabek"),
                    List.of("Yusupov", "Rakhimov", "Nazarov", "Ergashev", "Khodjaev", "Saidov", "Usmanov", "Alimov",
                            "Tursunov", "Mirzaev"),
                    false, true),
            "TJK", new NameParts(
                    List.of("Farhod", "Jamshed", "Davron", "Firuz", "Manuchehr", "Zarina", "Bahrom", "Suhrob",
                            "Parviz", "Nigina", "Rustam", "Shahlo"),
                    List.of("Rahimov", "Safarov", "Kurbonov", "Sharipov", "Davlatov", "Mirzoev", "Qodirov", "Hakimov",
                            "Sattorov", "Ismoilov"),
                    false, true));

    private static final List<String> FEMININE_GIVEN = List.of("Asel", "Madina", "Aigerim", "Dana", "Zhanna",
            "Samal", "Olga", "Natalia", "Yelena", "Irina", "Tatiana", "Svetlana", "Aida", "Aizada", "Meerim",
            "Bermet", "Nodira", "Gulnora", "Malika", "Zarina", "Nigina", "Shahlo");

    private FictionalNameGenerator() {
    }

    static String draw(String nation, Random random) {
        NameParts parts = BY_NATION.get(nation);
        String given = parts.given().get(random.nextInt(parts.given().size()));
        String family = parts.family().get(random.nextInt(parts.family().size()));
        if (parts.slavicFeminine() && FEMININE_GIVEN.contains(given) && family.endsWith("v")) {
            family = family + "a";
        }
        return parts.familyFirst() ? family + " " + given : given + " " + family;
    }
}
