package org.jmatu.planner.scenario.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jmatu.planner.scenario.Scenario.Post;
import org.jmatu.planner.scenario.Scenario.Sourcing;

/**
 * The HQ establishment the thesis proposes: a Kazakh commander, a command team rotating among the three
 * global powers, J1–J9 sections with foreign chiefs and Kazakh deputies, a special-operations cell,
 * Russian-sourced maintenance and supply (with NATO and Chinese maintainers for the equipment present)
 * and a NATO-standard signal cell. The brigade adds staff officers, NCOs and maintenance teams.
 */
final class EstablishmentGenerator {

    static final List<String> POWERS = List.of("USA", "RUS", "CHN");
    static final List<String> MEMBERS = List.of("KAZ", "USA", "RUS", "CHN", "KGZ", "UZB", "TJK");
    static final List<String> REGIONAL_AND_KAZ = List.of("KAZ", "KGZ", "UZB", "TJK");
    static final String COMMAND_TEAM = "COMMAND_TEAM";

    static final Map<String, String> SKILL_NAMES = Map.ofEntries(
            Map.entry("COMMAND", "Command of a formation"),
            Map.entry("STAFF_MANAGEMENT", "Staff management"),
            Map.entry("OPERATIONS", "Operations planning and control"),
            Map.entry("LEADERSHIP_NCO", "Senior NCO leadership (Shchuchinsk NCO Academy or equivalent)"),
            Map.entry("LEGAL", "Operational law"),
            Map.entry("PERSONNEL", "Personnel administration"),
            Map.entry("INTELLIGENCE", "Intelligence analysis"),
            Map.entry("LOGISTICS", "Logistics"),
            Map.entry("PLANS", "Operational planning"),
            Map.entry("COMMUNICATIONS", "Communications and information systems"),
            Map.entry("TRAINING", "Training and exercise planning"),
            Map.entry("FINANCE", "Resource management and finance"),
            Map.entry("CIMIC", "Civil-military cooperation"),
            Map.entry("SPECIAL_OPERATIONS", "Special operations"),
            Map.entry("MAINT_SOVIET", "Maintenance of Soviet/Russian-pattern equipment"),
            Map.entry("MAINT_NATO", "Maintenance of NATO-standard equipment"),
            Map.entry("MAINT_CHINESE", "Maintenance of Chinese equipment"),
            Map.entry("SIGNAL_NATO", "NATO/UN-standard signal procedures"),
            Map.entry("MEDICAL", "Military medicine"),
            Map.entry("ENGINEER", "Military engineering and counter-IED"));

    private record Section(String code, String name, String skill) {
    }

    private static final List<Section> J_SECTIONS = List.of(
            new Section("J1", "J1 Personnel", "PERSONNEL"),
            new Section("J2", "J2 Intelligence", "INTELLIGENCE"),
            new Section("J3", "J3 Operations", "OPERATIONS"),
            new Section("J4", "J4 Logistics", "LOGISTICS"),
            new Section("J5", "J5 Plans", "PLANS"),
            new Section("J6", "J6 Communications", "COMMUNICATIONS"),
            new Section("J7", "J7 Training and Exercises", "TRAINING"),
            new Section("J8", "J8 Resources and Finance", "FINANCE"),
            new Section("J9", "J9 Civil-Military Cooperation", "CIMIC"));

    private final Scale scale;
    private final List<Post> posts = new ArrayList<>();

    private EstablishmentGenerator(Scale scale) {
        this.scale = scale;
    }

    static List<Post> of(Scale scale) {
        EstablishmentGenerator establishment = new EstablishmentGenerator(scale);
        establishment.commandGroup();
        establishment.staffSections();
        establishment.specialOperationsCell();
        establishment.maintenanceAndSupply();
        establishment.signal();
        return List.copyOf(establishment.posts);
    }

    private void commandGroup() {
        String section = "Command Group";
        post("CDR", "Commander", section, "OF-5", "OF-6", List.of("COMMAND"), 3, fixed("KAZ"));
        post("DCDR", "Deputy Commander", section, "OF-5", "OF-5", List.of("COMMAND"), 3, rotating());
        post("XO", "Executive Officer", section, "OF-4", "OF-5", List.of("STAFF_MANAGEMENT"), 3, rotating());
        post("OPSO", "Operations Officer", section, "OF-4", "OF-5", List.of("OPERATIONS"), 3, rotating());
        post("CSM", "Command Sergeant Major", section, "OR-8", "OR-9", List.of("LEADERSHIP_NCO"), 2, fixed("KAZ"));
        post("LEGAD", "Legal Adviser", section, "OF-3", "OF-4", List.of("LEGAL"), 3,
                any(List.of("KAZ", "USA", "RUS", "CHN")));
    }

    private void staffSections() {
        for (Section section : J_SECTIONS) {
            String skill = section.skill();
            post(section.code() + "-CH", "Chief " + section.name(), section.name(), "OF-4", "OF-4", List.of(skill), 3,
                    any(POWERS));
            post(section.code() + "-DEP", "Deputy Chief " + section.name() + " (Kazakh counterpart)", section.name(),
                    "OF-3", "OF-4", List.of(skill), 2, fixed("KAZ"));
            for (int officer = 1; officer <= scale.staffOfficersPerSection; officer++) {
                post(section.code() + "-SO" + officer, "Staff Officer " + section.code() + " " + officer,
                        section.name(), "OF-2", "OF-3", List.of(skill), 2, any(MEMBERS));
            }
            int ncos = Math.max(1, scale.ncosPerSection);
            for (int nco = 1; nco <= ncos; nco++) {
                String code = section.code() + "-NCO" + (ncos == 1 ? "" : nco);
                post(code, "Staff NCO " + section.code() + (ncos == 1 ? "" : " " + nco), section.name(), "OR-6", "OR-8",
                        List.of(skill), 2, any(MEMBERS));
            }
        }
    }

    private void specialOperationsCell() {
        String section = "Special Operations Cell";
        post("SOC-CH", "Chief Special Operations Cell", section, "OF-4", "OF-4", List.of("SPECIAL_OPERATIONS"), 3,
                any(List.of("KAZ", "USA", "RUS", "CHN")));
        int officers = scale == Scale.BATTALION ? 1 : 4;
        for (int officer = 1; officer <= officers; officer++) {
            post("SOC-OPS" + officer, "Special Operations Planner " + officer, section, "OF-2", "OF-3",
                    List.of("SPECIAL_OPERATIONS"), 2, any(REGIONAL_AND_KAZ));
        }
        if (scale == Scale.BRIGADE) {
            for (int nco = 1; nco <= 3; nco++) {
                post("SOC-NCO" + nco, "Special Operations NCO " + nco, section, "OR-6", "OR-8",
                        List.of("SPECIAL_OPERATIONS"), 2, any(REGIONAL_AND_KAZ));
            }
        }
    }

    private void maintenanceAndSupply() {
        String section = "Maintenance and Supply";
        post("MS-CH", "Chief of Maintenance and Supply", section, "OF-3", "OF-4", List.of("MAINT_SOVIET", "LOGISTICS"),
                2, fixed("RUS"));
        post("MS-SUP", "Supply Officer", section, "OF-2", "OF-3", List.of("LOGISTICS"), 2, fixed("RUS"));
        for (int team = 1; team <= scale.maintenanceTeams; team++) {
            String suffix = scale.maintenanceTeams == 1 ? "" : String.valueOf(team);
            post("MS-ARM" + suffix, "Small-Arms Armourer" + (suffix.isEmpty() ? "" : " " + suffix), section, "OR-5",
                    "OR-8", List.of("MAINT_SOVIET"), 1, fixed("RUS"));
            standardPost("MAINT-NATO" + suffix, "NATO Equipment Maintenance Officer", suffix, "MAINT_NATO", "USA", "NATO");
            standardPost("MAINT-CHN" + suffix, "Chinese Equipment Maintenance Officer", suffix, "MAINT_CHINESE", "CHN",
                    "CHINESE");
        }
        if (scale == Scale.BRIGADE) {
            post("MED-CH", "Chief Medical Officer", section, "OF-3", "OF-4", List.of("MEDICAL"), 2, any(MEMBERS));
            post("ENG-CH", "Force Engineer", section, "OF-3", "OF-4", List.of("ENGINEER"), 2, any(MEMBERS));
        }
    }

    private void standardPost(String code, String title, String suffix, String skill, String nation, String standard) {
        posts.add(new Post(code, title + (suffix.isEmpty() ? "" : " " + suffix), "Maintenance and Supply", "OF-2",
                "OF-3", List.of(skill), 2, any(List.of(nation)), null, null, standard));
    }

    private void signal() {
        String section = "Signal";
        post("SIG-CH", "Signal Officer (NATO/UN standard)", section, "OF-3", "OF-4", List.of("SIGNAL_NATO"), 3,
                any(List.of("USA", "KAZ")));
        int ncos = scale == Scale.BATTALION ? 1 : 6;
        for (int nco = 1; nco <= ncos; nco++) {
            post("SIG-NCO" + nco, "Signal NCO " + nco, section, "OR-5", "OR-7", List.of("SIGNAL_NATO"), 2, any(MEMBERS));
        }
    }

    private void post(String id, String title, String section, String rankMin, String rankMax, List<String> skills,
                      int englishMin, Sourcing sourcing) {
        posts.add(new Post(id, title, section, rankMin, rankMax, skills, englishMin, sourcing, null, null, null));
    }

    private static Sourcing fixed(String nation) {
        return new Sourcing("FIXED", List.of(nation), null, null);
    }

    private static Sourcing rotating() {
        return new Sourcing("ROTATING", POWERS, COMMAND_TEAM, 2);
    }

    private static Sourcing any(List<String> nations) {
        return new Sourcing("ANY", nations, null, null);
    }
}
