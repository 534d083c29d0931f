package org.jmatu.planner.scenario.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jmatu.planner.planning.rotation.solver.RotationMapper;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.Scenario.Person;
import org.jmatu.planner.scenario.Scenario.PinnedSlot;
import org.jmatu.planner.scenario.Scenario.Post;
import org.jmatu.planner.shared.Period;
import org.jmatu.planner.shared.Rank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScenarioGeneratorTest {

    @Test
    void theSameSeedGivesTheSameScenarioAndAnotherSeedAnother() {
        Scenario first = ScenarioGenerator.generate(Scale.BATTALION, 7);
        assertThat(ScenarioGenerator.generate(Scale.BATTALION, 7)).isEqualTo(first);
        assertThat(ScenarioGenerator.generate(Scale.BATTALION, 8).personnel()).isNotEqualTo(first.personnel());
    }

    @Test
    void officersWhoseNationWritesInAnotherScriptHaveTheirNameInItToo() {
        Scenario battalion = ScenarioGenerator.generate(Scale.BATTALION, ScenarioGenerator.DEFAULT_SEED);
        Map<String, List<Person>> byNation = battalion.personnel().stream()
                .collect(Collectors.groupingBy(Person::nation));
        for (String nation : List.of("KAZ", "RUS", "KGZ", "UZB", "TJK")) {
            assertThat(byNation.get(nation)).as(nation).isNotEmpty().allSatisfy(person -> assertThat(person.nativeName())
                    .matches("[\\p{IsCyrillic}]+ [\\p{IsCyrillic}]+"));
        }
        assertThat(byNation.get("CHN")).isNotEmpty()
                .allSatisfy(person -> assertThat(person.nativeName()).matches("\\p{IsHan}{2}"));
        assertThat(byNation.get("USA")).isNotEmpty().allSatisfy(person -> assertThat(person.nativeName()).isNull());
        // a woman's family name takes -a in both scripts
        assertThat(battalion.personnel()).filteredOn(person -> person.name().endsWith("ova"))
                .isNotEmpty().allSatisfy(person -> assertThat(person.nativeName()).endsWith("ова"));
    }

    @Test
    void battalionHasTheProposedUnitsShape() {
        Scenario battalion = ScenarioGenerator.generate(Scale.BATTALION, ScenarioGenerator.DEFAULT_SEED);
        assertThat(battalion.posts()).hasSizeBetween(38, 45);
        assertThat(battalion.personnel()).hasSize(300);
        assertThat(battalion.companies()).hasSizeBetween(4, 6);
        assertThat(battalion.horizon().periods()).isEqualTo(6);
        assertThat(battalion.exercises()).hasSize(6);
        assertThat(battalion.nations()).extracting(Scenario.Nation::code)
                .containsExactly("KAZ", "USA", "RUS", "CHN", "KGZ", "UZB", "TJK");
        Post commander = post(battalion, "CDR");
        assertThat(commander.sourcing().rule()).isEqualTo("FIXED");
        assertThat(commander.sourcing().nations()).containsExactly("KAZ");
        assertThat(battalion.posts()).filteredOn(post -> "COMMAND_TEAM".equals(post.sourcing().keyGroup()))
                .extracting(Post::id).containsExactly("DCDR", "XO", "OPSO");
        assertThat(battalion.blackouts()).anyMatch(blackout -> blackout.name().startsWith("STEPPE EAGLE"));
        assertThat(battalion.equipmentTypes()).anyMatch(type -> type.origin().equals("CHN") && type.capabilities().contains("INDIRECT_FIRE"));
        assertThat(battalion.equipmentTypes()).anyMatch(type -> type.origin().equals("USA") && type.capabilities().contains("NIGHT_OPERATIONS"));
    }

    @Test
    void brigadeIsAboutFiveTimesLarger() {
        Scenario brigade = ScenarioGenerator.generate(Scale.BRIGADE, ScenarioGenerator.DEFAULT_SEED);
        assertThat(brigade.posts()).hasSizeBetween(180, 220);
        assertThat(brigade.personnel()).hasSize(1500);
        assertThat(brigade.companies()).hasSize(24);
        assertThat(brigade.horizon().periods()).isEqualTo(10);
        assertThat(brigade.exercises()).hasSize(30);
    }

    @ParameterizedTest
    @EnumSource(Scale.class)
    void aRosterKeepingEveryHardRotationRuleExists(Scale scale) {
        ScenarioGenerator.Generated generated = ScenarioGenerator.generateWithWitness(scale, ScenarioGenerator.DEFAULT_SEED);
        Scenario scenario = generated.scenario();
        List<PinnedSlot> roster = generated.witnessRoster();
        Map<String, Post> posts = index(scenario.posts(), Post::id);
        Map<String, Person> people = index(scenario.personnel(), Person::id);
        Map<String, Scenario.Nation> nations = index(scenario.nations(), Scenario.Nation::code);

        // Rule 1: every active slot is filled exactly once (at brigade scale the growth phases bound some posts).
        assertThat(roster).hasSize(RotationMapper.toSolution(scenario).getSlots().size());
        assertThat(roster.stream().map(slot -> slot.post() + "@" + slot.period()).distinct()).hasSize(roster.size());
        Set<String> heldInPeriod = new HashSet<>();
        Map<String, Map<Integer, String>> keyGroupNations = new HashMap<>();
        for (PinnedSlot slot : roster) {
            Post post = posts.get(slot.post());
            Person person = people.get(slot.person());
            Period period = Period.of(scenario.horizon().start(), scenario.horizon().periodMonths(), slot.period());
            // Rule 2: qualified.
            assertThat(Rank.fromCode(person.rank()).within(Rank.fromCode(post.rankMin()), Rank.fromCode(post.rankMax())))
                    .as("%s rank for %s", person.id(), post.id()).isTrue();
            assertThat(person.skills()).containsAll(post.skills());
            assertThat(person.english()).isGreaterThanOrEqualTo(post.englishMin());
            // Rule 3: available, hand-over included.
            assertThat(person.availableFrom()).isBeforeOrEqualTo(period.start().minusDays(scenario.horizon().handoverDays()));
            assertThat(person.availableTo()).isAfterOrEqualTo(period.end());
            // Rule 4: one post at a time.
            assertThat(heldInPeriod.add(person.id() + "@" + slot.period())).as("%s twice in %s", person.id(), slot.period()).isTrue();
            // Rule 5: sourcing.
            assertThat(post.sourcing().nations()).contains(person.nation());
            // Rule 6: key groups of pairwise different nations.
            if (post.sourcing().keyGroup() != null) {
                String previous = keyGroupNations.computeIfAbsent(post.sourcing().keyGroup() + "@" + person.nation(),
                        key -> new HashMap<>()).put(slot.period(), post.id());
                assertThat(previous).as("%s holds two key posts in %s", person.nation(), slot.period()).isNull();
            }
        }
        // Rules 7 and 8: runs of one nation on a rotating post, and of one person, stay within their limits.
        for (Post post : scenario.posts()) {
            List<String> holders = roster.stream().filter(slot -> slot.post().equals(post.id()))
                    .sorted((a, b) -> Integer.compare(a.period(), b.period())).map(PinnedSlot::person).toList();
            assertRunsAtMost(holders, person -> nations.get(people.get(person).nation()).maxConsecutivePeriods());
            if ("ROTATING".equals(post.sourcing().rule())) {
                List<String> holderNations = holders.stream().map(person -> people.get(person).nation()).toList();
                assertRunsAtMost(holderNations, nation -> post.sourcing().maxNationConsecutive());
            }
        }
        // Rule 9: the scenario's pins are part of the witness.
        assertThat(roster).containsAll(scenario.pinned().rotation());
    }

    private static void assertRunsAtMost(List<String> sequence, Function<String, Integer> limit) {
        int run = 0;
        for (int index = 0; index < sequence.size(); index++) {
            run = index > 0 && sequence.get(index).equals(sequence.get(index - 1)) ? run + 1 : 1;
            assertThat(run).as("run of %s", sequence.get(index)).isLessThanOrEqualTo(limit.apply(sequence.get(index)));
        }
    }

    private static Post post(Scenario scenario, String id) {
        return scenario.posts().stream().filter(post -> post.id().equals(id)).findFirst().orElseThrow();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity()));
    }
}
