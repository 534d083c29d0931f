package org.jmatu.planner.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jmatu.planner.planning.calendar.domain.CalendarSolution;
import org.jmatu.planner.planning.calendar.domain.ExerciseAssignment;
import org.jmatu.planner.planning.calendar.domain.Participation;
import org.jmatu.planner.planning.calendar.solver.CalendarBenchmarkAccess;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * Where a calendar of the search differs from CP-SAT's (the question "which rule costs the search what, and which
 * exercises would have to move"), and CP-SAT's calendars kept on disk so that tuning runs need not solve them again.
 */
final class CalendarComparison {

    private CalendarComparison() {
    }

    static SolutionManager<CalendarSolution, HardSoftScore> manager() {
        return SolutionManager.create(SolverFactory.create(CalendarBenchmarkAccess.shippedConfig(Duration.ofSeconds(1))));
    }

    /** The soft score per constraint of both calendars, then each exercise placed otherwise (start, area, companies). */
    static String compare(CalendarSolution reference, CalendarSolution found) {
        Map<String, long[]> byConstraint = new TreeMap<>();
        add(byConstraint, reference, 0);
        add(byConstraint, found, 1);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "  %-40s %10s %10s%n", "constraint", "CP-SAT", "search"));
        byConstraint.forEach((name, v) -> out.append(String.format(Locale.ROOT, "  %-40s %10d %10d%s%n", name, v[0], v[1],
                v[0] == v[1] ? "" : "   <-- " + (v[1] - v[0]))));
        Map<String, String> theirs = placements(reference);
        Map<String, String> ours = placements(found);
        for (Map.Entry<String, String> e : theirs.entrySet()) {
            if (!e.getValue().equals(ours.get(e.getKey()))) {
                out.append("  ").append(e.getKey()).append(": CP-SAT ").append(e.getValue()).append(" | search ")
                        .append(ours.get(e.getKey())).append('\n');
            }
        }
        return out.toString();
    }

    private static void add(Map<String, long[]> byConstraint, CalendarSolution solution, int column) {
        for (ConstraintMatchTotal<HardSoftScore> total : manager().explain(solution).getConstraintMatchTotalMap().values()) {
            HardSoftScore score = total.getScore();
            byConstraint.computeIfAbsent(total.getConstraintName(), n -> new long[2])[column] =
                    score.hardScore() != 0 ? score.hardScore() * 1_000_000L : score.softScore();
        }
    }

    private static Map<String, String> placements(CalendarSolution solution) {
        Map<String, String> placements = new LinkedHashMap<>();
        for (ExerciseAssignment a : solution.getAssignments()) {
            TreeSet<String> companies = new TreeSet<>();
            for (Participation p : solution.getParticipations()) {
                if (p.getAssignment().getId().equals(a.getId()) && p.isParticipating()) {
                    companies.add(p.getCompany().id());
                }
            }
            placements.put(a.getId(), a.getStart() + ".." + a.getEnd() + " " + a.getArea().id() + " (" + a.getHostNation()
                    + ") " + companies);
        }
        return placements;
    }

    static void write(CalendarCpSat.Outcome outcome, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.join("\t", outcome.status(), String.valueOf(outcome.objective()), String.valueOf(outcome.bound()),
                String.valueOf(outcome.seconds()), String.valueOf(outcome.variables()), String.valueOf(outcome.constraints())));
        outcome.placement().forEach((key, value) -> {
            StringBuilder line = new StringBuilder(key);
            for (long v : value) {
                line.append(' ').append(v);
            }
            lines.add(line.toString());
        });
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
    }

    static CalendarCpSat.Outcome read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] head = lines.getFirst().split("\t");
        Map<String, long[]> placement = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split(" ");
            long[] values = new long[parts.length - 1];
            for (int i = 1; i < parts.length; i++) {
                values[i - 1] = Long.parseLong(parts[i]);
            }
            placement.put(parts[0], values);
        }
        return new CalendarCpSat.Outcome(head[0] + " (cached)", Long.parseLong(head[1]), Long.parseLong(head[2]),
                Double.parseDouble(head[3]), List.of(), placement, Integer.parseInt(head[4]), Integer.parseInt(head[5]));
    }
}
