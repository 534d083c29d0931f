package org.jmatu.planner.scenario.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.Scenario.Nation;
import org.jmatu.planner.scenario.Scenario.Pinned;
import org.jmatu.planner.scenario.Scenario.Post;

/**
 * Generates the proposed unit as a scenario, deterministically from a seed, at battalion or brigade scale.
 * The same seed always gives the same scenario, so demos, tests and benchmarks are reproducible.
 */
public final class ScenarioGenerator {

    static final LocalDate DEFAULT_START = LocalDate.of(2027, 1, 1);
    public static final long DEFAULT_SEED = 20270101L;

    private static final List<Nation> NATIONS = List.of(
            new Nation("KAZ", "Kazakhstan", "FRAMEWORK", "SOVIET", 2, 4, 0.40),
            new Nation("USA", "United States", "GLOBAL_POWER", "NATO", 2, 2, 0.15),
            new Nation("RUS", "Russian Federation", "GLOBAL_POWER", "SOVIET", 2, 2, 0.15),
            new Nation("CHN", "People's Republic of China", "GLOBAL_POWER", "CHINESE", 2, 2, 0.15),
            new Nation("KGZ", "Kyrgyzstan", "REGIONAL", "SOVIET", 2, 2, 0.05),
            new Nation("UZB", "Uzbekistan", "REGIONAL", "SOVIET", 2, 2, 0.05),
            new Nation("TJK", "Tajikistan", "REGIONAL", "SOVIET", 2, 2, 0.05));

    private ScenarioGenerator() {
    }

    public static Scenario generate(Scale scale, long seed) {
        return generateWithWitness(scale, seed).scenario();
    }

    /** A scenario and a roster for it that keeps every hard rule: the proof that a feasible plan exists. */
    record Generated(Scenario scenario, List<Scenario.PinnedSlot> witnessRoster) {
    }

    static Generated generateWithWitness(Scale scale, long seed) {
        Random random = new Random(seed);
        Scenario.Horizon horizon = new Scenario.Horizon(DEFAULT_START, 6, scale.periods(), 14);
        List<Post> posts = EstablishmentGenerator.of(scale);
        NomineeGenerator.Drawn nominees = NomineeGenerator.draw(horizon, NATIONS, posts,
                scale == Scale.BATTALION ? 300 : 1500, random);
        int firstYear = DEFAULT_START.getYear();
        String name = (scale == Scale.BATTALION ? "Battalion " : "Brigade ") + firstYear + "-" + (firstYear + scale.years - 1);
        Scenario scenario = new Scenario(Scenario.FORMAT, name, horizon, NATIONS, posts, nominees.people(),
                ForcesGenerator.EQUIPMENT, ForcesGenerator.companies(scale, horizon, random),
                ExerciseProgrammeGenerator.areas(scale), ExerciseProgrammeGenerator.exercises(scale, firstYear),
                ExerciseProgrammeGenerator.blackouts(firstYear, scale.years),
                new Pinned(nominees.pins(), List.of()));
        return GrowthGenerator.grow(scale, new Generated(scenario, nominees.witness()));
    }

    /** Display names of the skills the generated establishment uses, for the skill catalogue. */
    public static String skillName(String code) {
        return EstablishmentGenerator.SKILL_NAMES.getOrDefault(code,
                code.charAt(0) + code.substring(1).toLowerCase().replace('_', ' '));
    }
}
