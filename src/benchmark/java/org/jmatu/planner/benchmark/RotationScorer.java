package org.jmatu.planner.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jmatu.planner.check.PlanChecker;
import org.jmatu.planner.check.Violation;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;

/**
 * Scores a rotation roster from the plan file alone, in plain Java and sharing no code with the solver or
 * the CP-SAT model: hard = the violations of rules 1–9 that {@link PlanChecker} finds, medium = unfilled
 * rows, soft = the documented soft rules of docs/constraints.md with their weights (baseline stability is
 * not scored: benchmark scenarios have no published plan). Both the OptaPlanner plan and the CP-SAT plan
 * are scored by this class, so the comparison is fair.
 */
public final class RotationScorer {

    static final int FAIR_SHARE = 10;
    static final int STAFF_SHARE = 1;
    static final int HAND_OVER = 50;
    static final int TOUR_CONTINUITY = 20;

    /** One plan's score with the soft total broken down by rule. */
    public record Result(int hard, int medium, long soft, long fairShare, long staffShare, long handOvers,
                         long tourContinuity) {
        @Override
        public String toString() {
            return hard + "hard/" + medium + "medium/" + soft + "soft";
        }
    }

    private RotationScorer() {
    }

    public static Result score(Scenario scenario, Plan plan) {
        int hard = 0;
        for (Violation violation : PlanChecker.check(scenario, plan)) {
            int rule = violation.rule().number();
            if (rule >= 1 && rule <= 9) {
                hard++;
            }
        }
        Map<String, Scenario.Post> posts = new HashMap<>();
        scenario.posts().forEach(post -> posts.put(post.id(), post));
        Map<String, Scenario.Person> people = new HashMap<>();
        scenario.personnel().forEach(person -> people.put(person.id(), person));
        Map<String, Scenario.Nation> nations = new HashMap<>();
        scenario.nations().forEach(nation -> nations.put(nation.code(), nation));

        List<Plan.RotationRow> rows = plan.rotation();
        int medium = 0;
        // post -> period -> holder (null when unfilled); the rows are exactly the active slots
        Map<String, TreeMap<Integer, String>> byPost = new HashMap<>();
        Map<String, Integer> heldByNation = new HashMap<>();
        for (Plan.RotationRow row : rows) {
            byPost.computeIfAbsent(row.post(), key -> new TreeMap<>()).put(row.period(), row.person());
            if (row.person() == null) {
                medium++;
            } else {
                heldByNation.merge(people.get(row.person()).nation(), 1, Integer::sum);
            }
        }

        // Key post fair share: 10 x (periods held)^2 per (rotating post, nation)
        long fairShare = 0;
        for (Map.Entry<String, TreeMap<Integer, String>> entry : byPost.entrySet()) {
            Scenario.Post post = posts.get(entry.getKey());
            if (post.sourcing() == null || !"ROTATING".equals(post.sourcing().rule())) {
                continue;
            }
            Map<String, Integer> count = new HashMap<>();
            entry.getValue().values().stream().filter(Objects::nonNull)
                    .forEach(person -> count.merge(people.get(person).nation(), 1, Integer::sum));
            for (int held : count.values()) {
                fairShare += (long) FAIR_SHARE * held * held;
            }
        }

        // Nation staff share: 1 x round((person-periods - share x active slots)^2); a nation without staff pays target^2
        long staffShare = 0;
        for (Scenario.Nation nation : scenario.nations()) {
            double target = nation.staffShare() * rows.size();
            int held = heldByNation.getOrDefault(nation.code(), 0);
            if (held > 0 || Math.round(target) > 0) {
                staffShare += STAFF_SHARE * Math.round((held - target) * (held - target));
            }
        }

        // Staggered hand-overs: 50 per extra post of a key group changing holder at one boundary
        long handOvers = 0;
        Map<String, Map<Integer, Integer>> changes = new HashMap<>();
        for (Map.Entry<String, TreeMap<Integer, String>> entry : byPost.entrySet()) {
            Scenario.Post post = posts.get(entry.getKey());
            String group = post.sourcing() == null ? null : post.sourcing().keyGroup();
            if (group == null) {
                continue;
            }
            TreeMap<Integer, String> holders = entry.getValue();
            for (Map.Entry<Integer, String> slot : holders.entrySet()) {
                String before = holders.get(slot.getKey() - 1);
                String after = slot.getValue();
                if (before != null && after != null && !before.equals(after)) {
                    changes.computeIfAbsent(group, key -> new HashMap<>()).merge(slot.getKey(), 1, Integer::sum);
                }
            }
        }
        for (Map<Integer, Integer> perBoundary : changes.values()) {
            for (int changed : perBoundary.values()) {
                handOvers += (long) HAND_OVER * Math.max(0, changed - 1);
            }
        }

        // Tour continuity: 20 per period a stint falls short of the nation's tour; stints touching the post's
        // first or last active period are not counted
        long tourContinuity = 0;
        for (Map.Entry<String, TreeMap<Integer, String>> entry : byPost.entrySet()) {
            TreeMap<Integer, String> holders = entry.getValue();
            int first = holders.firstKey();
            int last = holders.lastKey();
            Map<String, TreeSet<Integer>> periodsByPerson = new HashMap<>();
            holders.forEach((period, person) -> {
                if (person != null) {
                    periodsByPerson.computeIfAbsent(person, key -> new TreeSet<>()).add(period);
                }
            });
            for (Map.Entry<String, TreeSet<Integer>> held : periodsByPerson.entrySet()) {
                int tour = Math.max(1, nations.get(people.get(held.getKey()).nation()).tourPeriods());
                for (int[] run : runs(held.getValue())) {
                    if (run[0] > first && run[1] < last && run[1] - run[0] + 1 < tour) {
                        tourContinuity += (long) TOUR_CONTINUITY * (tour - (run[1] - run[0] + 1));
                    }
                }
            }
        }
        long soft = -(fairShare + staffShare + handOvers + tourContinuity);
        return new Result(hard, medium, soft, fairShare, staffShare, handOvers, tourContinuity);
    }

    private static List<int[]> runs(TreeSet<Integer> periods) {
        List<int[]> runs = new ArrayList<>();
        int[] current = null;
        for (int period : periods) {
            if (current != null && period == current[1] + 1) {
                current[1] = period;
            } else {
                current = new int[] {period, period};
                runs.add(current);
            }
        }
        return runs;
    }
}
