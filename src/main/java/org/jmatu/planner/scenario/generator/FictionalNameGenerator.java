package org.jmatu.planner.scenario.generator;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plausible, clearly fictional names per nation for demo nominees, in Latin letters and, for the nations that
 * write their names in another script, in that script too (Kazakh, Russian, Kyrgyz, Uzbek and Tajik in Cyrillic,
 * Chinese in characters). Combinations are drawn at random, and names of well-known public figures were left out
 * of the lists on purpose.
 */
final class FictionalNameGenerator {

    /** A drawn name: {@code nativeName} is null for a nation that writes names in Latin letters. */
    record Drawn(String name, String nativeName) {
    }

    /** One name part in Latin letters and in its own script (null where that is Latin too). */
    private record Part(String latin, String script) {
    }

    /**
     * {@code slavicFeminine}: a woman's family name ending in -ov/-ev takes -a; {@code spaced}: the parts of the
     * native form are written apart (Chinese names are not).
     */
    private record NameParts(List<Part> given, List<Part> family, boolean familyFirst, boolean slavicFeminine,
                             boolean spaced) {
    }

    private static final Map<String, NameParts> BY_NATION = Map.of(
            "KAZ", new NameParts(
                    parts("Aibek Айбек", "Nurlan Нұрлан", "Yerlan Ерлан", "Daniyar Данияр", "Asel Әсел",
                            "Madina Мәдина", "Askar Асқар", "Bauyrzhan Бауыржан", "Timur Тимур", "Aigerim Айгерім",
                            "Serik Серік", "Kairat Қайрат", "Yerzhan Ержан", "Dana Дана", "Zhanna Жанна",
                            "Arman Арман", "Samal Самал", "Marat Марат"),
                    parts("Akhmetov Ахметов", "Bekov Беков", "Dzhaksybekov Жақсыбеков", "Iskakov Ысқақов",
                            "Kassymov Қасымов", "Mukanov Мұқанов", "Nurpeisov Нұрпейісов", "Sadykov Садықов",
                            "Tulegenov Төлегенов", "Utepov Өтепов", "Zhumabayev Жұмабаев", "Abenov Әбенов",
                            "Seitkaliev Сейітқалиев", "Yessenov Есенов"),
                    false, true, true),
            "USA", new NameParts(
                    parts("James", "Maria", "Robert", "Jennifer", "Michael", "Linda", "David", "Patricia", "Carlos",
                            "Aisha", "Kevin", "Sarah", "Brian", "Emily", "Marcus", "Rachel", "Tyrone", "Megan"),
                    parts("Reyes", "Carter", "Nguyen", "Walsh", "Brooks", "Foster", "Hayes", "Jensen", "Morales",
                            "Patel", "Sullivan", "Whitaker", "Coleman", "Delgado", "Harper", "Lindqvist"),
                    false, false, true),
            "RUS", new NameParts(
                    parts("Alexei Алексей", "Dmitri Дмитрий", "Sergei Сергей", "Olga Ольга", "Igor Игорь",
                            "Natalia Наталья", "Pavel Павел", "Yelena Елена", "Andrei Андрей", "Mikhail Михаил",
                            "Irina Ирина", "Viktor Виктор", "Nikolai Николай", "Tatiana Татьяна", "Roman Роман",
                            "Svetlana Светлана"),
                    parts("Orlov Орлов", "Belov Белов", "Sokolov Соколов", "Volkov Волков", "Lebedev Лебедев",
                            "Morozov Морозов", "Kozlov Козлов", "Fedorov Фёдоров", "Zaitsev Зайцев", "Gromov Громов",
                            "Kiselev Киселёв", "Tarasov Тарасов", "Sorokin Сорокин", "Zhukovsky Жуковский"),
                    false, true, true),
            "CHN", new NameParts(
                    parts("Wei 伟", "Jun 军", "Lei 磊", "Hui 慧", "Min 敏", "Tao 涛", "Jing 静", "Yong 勇", "Fang 芳",
                            "Qiang 强", "Xin 欣", "Hao 浩", "Lin 林", "Bo 波", "Yan 燕", "Peng 鹏"),
                    parts("Zhang 张", "Wang 王", "Liu 刘", "Chen 陈", "Yang 杨", "Zhao 赵", "Huang 黄", "Zhou 周",
                            "Wu 吴", "Xu 徐", "Sun 孙", "Ma 马", "Gao 高", "Luo 罗"),
                    true, false, false),
            "KGZ", new NameParts(
                    parts("Azamat Азамат", "Bakyt Бакыт", "Kanat Канат", "Aida Аида", "Nurbek Нурбек",
                            "Ermek Эрмек", "Aizada Айзада", "Talant Талант", "Chyngyz Чыңгыз", "Meerim Мээрим",
                            "Ulan Улан", "Bermet Бермет"),
                    parts("Asanov Асанов", "Osmonov Осмонов", "Toktogulov Токтогулов", "Sydykov Сыдыков",
                            "Abdyldaev Абдылдаев", "Mamatov Маматов", "Jumabaev Жумабаев", "Isakov Исаков",
                            "Kadyrov Кадыров", "Beishenov Бейшенов"),
                    false, true, true),
            "UZB", new NameParts(
                    parts("Rustam Рустам", "Jasur Жасур", "Dilshod Дилшод", "Sardor Сардор", "Nodira Нодира",
                            "Bekzod Бекзод", "Aziz Азиз", "Gulnora Гулнора", "Sherzod Шерзод", "Farrukh Фаррух",
                            "Malika Малика", "Otabek Отабек"),
                    parts("Yusupov Юсупов", "Rakhimov Рахимов", "Nazarov Назаров", "Ergashev Эргашев",
                            "Khodjaev Ходжаев", "Saidov Саидов", "Usmanov Усманов", "Alimov Алимов",
                            "Tursunov Турсунов", "Mirzaev Мирзаев"),
                    false, true, true),
            "TJK", new NameParts(
                    parts("Farhod Фарҳод", "Jamshed Ҷамшед", "Davron Даврон", "Firuz Фируз", "Manuchehr Манучеҳр",
                            "Zarina Зарина", "Bahrom Баҳром", "Suhrob Суҳроб", "Parviz Парвиз", "Nigina Нигина",
                            "Rustam Рустам", "Shahlo Шаҳло"),
                    parts("Rahimov Раҳимов", "Safarov Сафаров", "Kurbonov Қурбонов", "Sharipov Шарипов",
                            "Davlatov Давлатов", "Mirzoev Мирзоев", "Qodirov Қодиров", "Hakimov Ҳакимов",
                            "Sattorov Сатторов", "Ismoilov Исмоилов"),
                    false, true, true));

    private static final List<String> FEMININE_GIVEN = List.of("Asel", "Madina", "Aigerim", "Dana", "Zhanna",
            "Samal", "Olga", "Natalia", "Yelena", "Irina", "Tatiana", "Svetlana", "Aida", "Aizada", "Meerim",
            "Bermet", "Nodira", "Gulnora", "Malika", "Zarina", "Nigina", "Shahlo");

    private FictionalNameGenerator() {
    }

    /** Two draws from {@code random} per name, whatever the nation, so that the rest of a seeded unit stays put. */
    static Drawn draw(String nation, Random random) {
        NameParts parts = BY_NATION.get(nation);
        Part given = parts.given().get(random.nextInt(parts.given().size()));
        Part family = parts.family().get(random.nextInt(parts.family().size()));
        boolean feminine = parts.slavicFeminine() && FEMININE_GIVEN.contains(given.latin())
                && family.latin().endsWith("v");
        String latinFamily = feminine ? family.latin() + "a" : family.latin();
        String name = parts.familyFirst() ? latinFamily + " " + given.latin() : given.latin() + " " + latinFamily;
        if (given.script() == null) {
            return new Drawn(name, null);
        }
        String scriptFamily = feminine ? family.script() + "а" : family.script();
        String separator = parts.spaced() ? " " : "";
        return new Drawn(name, parts.familyFirst() ? scriptFamily + separator + given.script()
                : given.script() + separator + scriptFamily);
    }

    /** Parts written "Latin Script", or "Latin" alone for a nation whose names are written in Latin letters. */
    private static List<Part> parts(String... pairs) {
        return Arrays.stream(pairs).map(pair -> {
            String[] halves = pair.split(" ");
            return new Part(halves[0], halves.length > 1 ? halves[1] : null);
        }).toList();
    }
}
