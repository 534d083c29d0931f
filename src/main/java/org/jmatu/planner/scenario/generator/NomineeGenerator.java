package org.jmatu.planner.scenario.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.Scenario.Nation;
import org.jmatu.planner.scenario.Scenario.Person;
import org.jmatu.planner.scenario.Scenario.PinnedSlot;
import org.jmatu.planner.scenario.Scenario.Post;
import org.jmatu.planner.shared.Period;
import org.jmatu.planner.shared.Rank;

/**
 * The people the nations nominate. A first cohort is drawn so that a feasible roster exists for certain:
 * for every post, one nominee per national tour, of a nation its sourcing allows, with key posts handed on
 * among the powers in turn. The rest are alternates, some of them short of a qualification or of
 * availability, as real nomination lists are.
 */
final class NomineeGenerator {

    private final Scenario.Horizon horizon;
    private final Map<String, Nation> nations;
    private final Random random;
    private final Map<String, Integer> serials = new HashMap<>();
    private final List<Person> people = new ArrayList<>();
    private final List<PinnedSlot> pins = new ArrayList<>();
    private final List<PinnedSlot> witness = new ArrayList<>();

    private NomineeGenerator(Scenario.Horizon horizon, List<Nation> nations, Random random) {
        this.horizon = horizon;
        this.nations = new HashMap<>();
        nations.forEach(nation -> this.nations.put(nation.code(), nation));
        this.random = random;
    }

    /** The nominees, the scenario's pins, and a roster that keeps every hard rule (the proof of feasibility). */
    record Drawn(List<Person> people, List<PinnedSlot> pins, List<PinnedSlot> witness) {
    }

    static Drawn draw(Scenario.Horizon horizon, List<Nation> nations, List<Post> posts, int total, Random random) {
        NomineeGenerator nominees = new NomineeGenerator(horizon, nations, random);
        nominees.feasibleCohort(posts);
        while (nominees.people.size() < total) {
            nominees.alternate(posts.get(random.nextInt(posts.size())));
        }
        return new Drawn(List.copyOf(nominees.people), List.copyOf(nominees.pins), List.copyOf(nominees.witness));
    }

    private void feasibleCohort(List<Post> posts) {
        Map<String, Integer> keyGroupPositions = new HashMap<>();
        for (int postIndex = 0; postIndex < posts.size(); postIndex++) {
            Post post = posts.get(postIndex);
            int keyPosition = post.sourcing().keyGroup() == null ? postIndex
                    : keyGroupPositions.merge(post.sourcing().keyGroup(), 1, Integer::sum) - 1;
            int first = 0;
            for (int chunk = 0; first < horizon.periods(); chunk++) {
                List<String> allowed = post.sourcing().nations();
                String nation = allowed.get((keyPosition + chunk) % allowed.size());
                int last = Math.min(first + nations.get(nation).tourPeriods(), horizon.periods()) - 1;
                LocalDate from = period(first).start().minusDays(horizon.handoverDays() + random.nextInt(45));
                LocalDate to = period(last).end().plusDays(random.nextInt(120));
                int english = post.englishMin() + random.nextInt(6 - post.englishMin());
                Person person = person(nation, post, rankWithin(post), english, from, to, true);
                for (int period = first; period <= last; period++) {
                    witness.add(new PinnedSlot(post.id(), period, person.id()));
                }
                if ("CDR".equals(post.id()) && first == 0) {
                    pins.add(new PinnedSlot(post.id(), 0, person.id()));
                }
                first = last + 1;
            }
        }
    }

    private void alternate(Post post) {
        List<String> allowed = post.sourcing().nations();
        String nation = allowed.get(random.nextInt(allowed.size()));
        Rank rank = random.nextInt(100) < 85 ? rankWithin(post) : Rank.values()[Math.max(0,
                Rank.fromCode(post.rankMin()).ordinal() - 1)];
        int english = random.nextInt(100) < 80 ? post.englishMin() + random.nextInt(6 - post.englishMin())
                : Math.max(0, post.englishMin() - 1);
        LocalDate horizonEnd = period(horizon.periods() - 1).end();
        long span = horizonEnd.toEpochDay() - horizon.start().toEpochDay();
        LocalDate from = horizon.start().minusDays(90).plusDays(random.nextLong(Math.max(1, span - 180)));
        LocalDate to = from.plusDays(365 + random.nextInt(2 * 365));
        person(nation, post, rank, english, from, to, random.nextInt(100) < 85);
    }

    private Person person(String nation, Post post, Rank rank, int english, LocalDate from, LocalDate to,
                          boolean fullyQualified) {
        TreeSet<String> skills = new TreeSet<>(post.skills());
        if (!fullyQualified && skills.size() > 0) {
            skills.remove(skills.first());
            skills.add("STAFF_MANAGEMENT".equals(post.skills().getFirst()) ? "OPERATIONS" : "STAFF_MANAGEMENT");
        }
        if (random.nextInt(100) < 25) {
            // sorted: Map.of order changes per JVM
            List<String> extras = List.copyOf(new TreeSet<>(EstablishmentGenerator.SKILL_NAMES.keySet()));
            skills.add(extras.get(random.nextInt(extras.size())));
        }
        int serial = serials.merge(nation, 1, Integer::sum);
        FictionalNameGenerator.Drawn name = FictionalNameGenerator.draw(nation, random);
        Person person = new Person(String.format("%s-%04d", nation, serial), name.name(), nation,
                rank.code(), List.copyOf(skills), Math.min(5, english), from, to, name.nativeName());
        people.add(person);
        return person;
    }

    private Rank rankWithin(Post post) {
        Rank min = Rank.fromCode(post.rankMin());
        Rank max = Rank.fromCode(post.rankMax());
        return Rank.values()[min.ordinal() + random.nextInt(max.ordinal() - min.ordinal() + 1)];
    }

    private Period period(int index) {
        return Period.of(horizon.start(), horizon.periodMonths(), index);
    }
}
