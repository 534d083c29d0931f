package org.jmatu.planner.planning.rotation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.Rank;

/**
 * A seeded, hand-shaped battalion (about 40 posts, 6 periods) and brigade (about 200 posts, 10 periods) for
 * solver tests and measurements: command group with three rotating key posts, J1-J9 with a foreign chief,
 * a Kazakh deputy and staff officers, a special-operations cell, maintainers per equipment standard.
 */
final class HandMadeScenarios implements ScenarioSource {

    private static final List<String> ALL = List.of("KAZ", "USA", "RUS", "CHN", "KGZ", "UZB", "TJK");
    private static final List<String> POWERS = List.of("USA", "RUS", "CHN");
    private static final String[][] SECTIONS = {
            {"J1", "PERSONNEL"}, {"J2", "INTELLIGENCE"}, {"J3", "OPERATIONS"}, {"J4", "LOGISTICS"},
            {"J5", "PLANS"}, {"J6", "SIGNAL"}, {"J7", "TRAINING"}, {"J8", "FINANCE"}, {"J9", "CIMIC"}};

    @Override
    public Scenario battalion(long seed) {
        return build("Battalion (hand-made)", seed, 6, 1);
    }

    @Override
    public Scenario brigade(long seed) {
        return build("Brigade (hand-made)", seed, 10, 18);
    }

    private record Template(Scenario.Post post, int count) {
    }

    private Scenario build(String name, long seed, int periods, int staffOfficers) {
        Random random = new Random(seed);
        LocalDate start = LocalDate.of(2027, 1, 1);
        ScenarioFixture fixture = ScenarioFixture.withMemberNations().name(name).horizon(start, 6, periods, 14);
        List<Template> templates = new ArrayList<>();
        templates.add(template("CDR", "Commander", "Command Group", "OF-5", "OF-6", "COMMAND", 3, "FIXED",
                List.of("KAZ"), null, null, 1));
        templates.add(template("CSM", "Command Sergeant Major", "Command Group", "OR-8", "OR-9", "LEADERSHIP", 2,
                "FIXED", List.of("KAZ"), null, null, 1));
        templates.add(template("DCDR", "Deputy Commander", "Command Group", "OF-5", "OF-5", "COMMAND", 3,
                "ROTATING", POWERS, "COMMAND_TEAM", null, 1));
        templates.add(template("XO", "Executive Officer", "Command Group", "OF-4", "OF-5", "COMMAND", 3,
                "ROTATING", POWERS, "COMMAND_TEAM", null, 1));
        templates.add(template("OPSO", "Operations Officer", "Command Group", "OF-4", "OF-4", "OPERATIONS", 3,
                "ROTATING", POWERS, "COMMAND_TEAM", null, 1));
        for (String[] section : SECTIONS) {
            String code = section[0];
            String skill = section[1];
            String sectionName = code + " " + skill.charAt(0) + skill.substring(1).toLowerCase();
            templates.add(template(code, "Chief " + code, sectionName, "OF-4", "OF-4", skill, 3, "ANY", POWERS,
                    null, null, 1));
            templates.add(template(code + "-DEP", "Deputy chief " + code, sectionName, "OF-3", "OF-4", skill, 3,
                    "FIXED", List.of("KAZ"), null, null, 1));
            templates.add(template(code + "-SO", "Staff officer " + code, sectionName, "OF-2", "OF-3", skill, 2,
                    "ANY", null, null, null, staffOfficers));
        }
        int sof = Math.max(1, staffOfficers / 6);
        templates.add(template("SOF", "Chief special operations", "Special Operations Cell", "OF-4", "OF-4",
                "SPECIAL_OPERATIONS", 3, "ANY", List.of("KAZ", "USA", "RUS", "CHN"), null, null, 1));
        templates.add(template("SOF-OFF", "Special operations officer", "Special Operations Cell", "OF-2", "OF-3",
                "SPECIAL_OPERATIONS", 2, "ANY", null, null, null, sof));
        templates.add(template("MAINT-SOV", "Soviet-pattern maintenance officer", "Maintenance and Supply", "OF-2",
                "OF-3", "MAINT_SOVIET", 2, "FIXED", List.of("RUS"), null, "SOVIET", sof));
        templates.add(template("MAINT-NATO", "NATO equipment maintenance officer", "Maintenance and Supply", "OF-2",
                "OF-3", "MAINT_NATO", 2, "ANY", List.of("USA"), null, "NATO", 1));
        templates.add(template("MAINT-CHN", "Chinese equipment maintenance officer", "Maintenance and Supply",
                "OF-2", "OF-3", "MAINT_CHINESE", 2, "FIXED", List.of("CHN"), null, "CHINESE", 1));
        templates.add(template("SUPPLY", "Supply officer", "Maintenance and Supply", "OF-3", "OF-3", "LOGISTICS", 2,
                "FIXED", List.of("RUS"), null, null, sof));
        templates.add(template("SIG", "Signal officer", "Signal", "OF-2", "OF-3", "SIGNAL", 3, "ANY", null, null,
                null, sof));

        int serial = 0;
        for (Template template : templates) {
            Scenario.Post base = template.post();
            List<String> nations = base.sourcing().nations() == null ? ALL : base.sourcing().nations();
            for (int i = 1; i <= template.count(); i++) {
                String id = template.count() == 1 ? base.id() : base.id() + i;
                fixture.post(new Scenario.Post(id, base.title() + (template.count() == 1 ? "" : " " + i),
                        base.section(), base.rankMin(), base.rankMax(), base.skills(), base.englishMin(),
                        base.sourcing(), null, null, base.requiresStandard()));
            }
            double perNation = template.count() * periods / (double) nations.size();
            int people = (int) Math.ceil(perNation / 2.0) + 2;
            Rank min = Rank.fromCode(base.rankMin());
            Rank max = Rank.fromCode(base.rankMax());
            for (String nation : nations) {
                for (int i = 0; i < people; i++) {
                    Rank rank = Rank.values()[min.ordinal() + random.nextInt(max.ordinal() - min.ordinal() + 1)];
                    LocalDate from = start.minusMonths(6).plusMonths(random.nextInt(periods * 6 - 12));
                    if (i < 2) {
                        from = start.minusMonths(1 + random.nextInt(3)); // some are there from the start
                    }
                    LocalDate to = from.plusMonths(24 + random.nextInt(19));
                    int english = Math.min(5, base.englishMin() + random.nextInt(3));
                    fixture.person(nation + "-" + String.format("%04d", ++serial), nation, rank.code(),
                            base.skills(), english, from, to);
                }
            }
        }
        List<Integer> all = new ArrayList<>();
        for (int p = 0; p < periods; p++) {
            all.add(p);
        }
        fixture.company("KGZ-1", "KGZ", "AK74M", all)
                .company("UZB-1", "UZB", "AK74M", all)
                .company("TJK-1", "TJK", "AK74M", all)
                .company("USA-A", "USA", "M4", List.of(1, 4))
                .company("CHN-M", "CHN", "PP87", List.of(2, 3));
        return fixture.build();
    }

    private static Template template(String id, String title, String section, String rankMin, String rankMax,
                                     String skill, int english, String rule, List<String> nations, String keyGroup,
                                     String requiresStandard, int count) {
        return new Template(new Scenario.Post(id, title, section, rankMin, rankMax, List.of(skill), english,
                new Scenario.Sourcing(rule, nations, keyGroup, "ROTATING".equals(rule) ? 2 : null), null, null,
                requiresStandard), count);
    }
}
