package org.jmatu.planner.planning.rotation.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jmatu.planner.scenario.Scenario;

/** A small builder of {@link Scenario} records for mapper and solver tests. */
public final class ScenarioFixture {

    private String name = "Fixture";
    private Scenario.Horizon horizon = new Scenario.Horizon(LocalDate.of(2027, 1, 1), 6, 6, 14);
    private final List<Scenario.Nation> nations = new ArrayList<>();
    private final List<Scenario.Post> posts = new ArrayList<>();
    private final List<Scenario.Person> personnel = new ArrayList<>();
    private final List<Scenario.EquipmentType> equipmentTypes = new ArrayList<>();
    private final List<Scenario.Company> companies = new ArrayList<>();
    private final List<Scenario.PinnedSlot> pins = new ArrayList<>();

    public static ScenarioFixture withMemberNations() {
        return new ScenarioFixture()
                .nation("KAZ", "FRAMEWORK", "SOVIET", 2, 4, 0.40)
                .nation("USA", "GLOBAL_POWER", "NATO", 2, 2, 0.15)
                .nation("RUS", "GLOBAL_POWER", "SOVIET", 2, 2, 0.15)
                .nation("CHN", "GLOBAL_POWER", "CHINESE", 2, 2, 0.15)
                .nation("KGZ", "REGIONAL", "SOVIET", 2, 3, 0.05)
                .nation("UZB", "REGIONAL", "SOVIET", 2, 3, 0.05)
                .nation("TJK", "REGIONAL", "SOVIET", 2, 3, 0.05)
                .equipmentType("AK74M", "SOVIET")
                .equipmentType("M4", "NATO")
                .equipmentType("PP87", "CHINESE");
    }

    public ScenarioFixture name(String name) {
        this.name = name;
        return this;
    }

    public ScenarioFixture horizon(LocalDate start, int periodMonths, int periods, int handoverDays) {
        this.horizon = new Scenario.Horizon(start, periodMonths, periods, handoverDays);
        return this;
    }

    public ScenarioFixture nation(String code, String role, String standard, int tour, int maxConsecutive, double share) {
        nations.add(new Scenario.Nation(code, code + " name", role, standard, tour, maxConsecutive, share));
        return this;
    }

    public ScenarioFixture equipmentType(String id, String standard) {
        equipmentTypes.add(new Scenario.EquipmentType(id, id, "KAZ", standard, List.of(), null));
        return this;
    }

    public ScenarioFixture post(String id, String section, String rankMin, String rankMax, List<String> skills, int english,
                         String rule, List<String> nations, String keyGroup, String requiresStandard) {
        posts.add(new Scenario.Post(id, id + " officer", section, rankMin, rankMax, skills, english,
                new Scenario.Sourcing(rule, nations, keyGroup, "ROTATING".equals(rule) ? 2 : null), null, null,
                requiresStandard));
        return this;
    }

    public ScenarioFixture post(Scenario.Post post) {
        posts.add(post);
        return this;
    }

    public ScenarioFixture person(String id, String nation, String rank, List<String> skills, int english,
                           LocalDate from, LocalDate to) {
        personnel.add(new Scenario.Person(id, "Officer " + id, nation, rank, skills, english, from, to));
        return this;
    }

    public ScenarioFixture company(String id, String nation, String equipment, List<Integer> attachedPeriods) {
        companies.add(new Scenario.Company(id, id, nation, "INFANTRY", 100, List.of(), null, null, attachedPeriods,
                List.of(), List.of(new Scenario.Holding(equipment, 50))));
        return this;
    }

    public ScenarioFixture pin(String post, int period, String person) {
        pins.add(new Scenario.PinnedSlot(post, period, person));
        return this;
    }

    public Scenario build() {
        return new Scenario(Scenario.FORMAT, name, horizon, List.copyOf(nations), List.copyOf(posts),
                List.copyOf(personnel), List.copyOf(equipmentTypes), List.copyOf(companies), List.of(), List.of(),
                List.of(), new Scenario.Pinned(List.copyOf(pins), List.of()));
    }
}
