package org.jmatu.planner.benchmark;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jmatu.planner.Application;
import org.jmatu.planner.planning.ScenarioSource;
import org.jmatu.planner.planning.rotation.domain.PlanRow;
import org.jmatu.planner.planning.rotation.domain.RotationPlan;
import org.jmatu.planner.planning.rotation.domain.RotationSlot;
import org.jmatu.planner.planning.rotation.solver.RotationMapper;
import org.jmatu.planner.planning.rotation.versions.RosterVersionService;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.GrowthPhases;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.database.ScenarioLoader;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.security.SystemAccount;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * Publishing at battalion and brigade scale (issue 18): the application on an in-memory H2 with the generated demo
 * unit, a planner saving and publishing rosters through {@link RosterVersionService}, as the roster view does. Force
 * sourcing raises a request per unfilled slot (and per slot whose holder leaves early) inside the publish's
 * transaction, so the time of {@code publish} is what the planner waits for. Three publishes in a row per unit:
 * <ol>
 *   <li>an empty roster (every active slot unfilled: one new request per slot);</li>
 *   <li>a re-plan that fills every other slot with a nominee (the requests of the slots now filled are withdrawn,
 *   and slots whose new holder leaves early get one);</li>
 *   <li>the empty roster again (the withdrawn slots are asked for anew, the others stand).</li>
 * </ol>
 * For each: wall time, bytes allocated by the publishing thread, the heap's peak use above what it held before, and
 * Hibernate's count of prepared JDBC statements. A fresh application and database (in the same JVM) per unit.
 *
 * <p>Options (in {@code -Dbenchmark.args}, with {@code only=publish}): {@code publish.units=battalion;brigade;brigade-all}
 * (see {@link #unit}), {@code publish.seed=20270101} (the demo unit's), {@code tag}.
 */
final class PublishBenchmark {

    record Step(String unit, String what, int requestsBefore, int requestsAfter, int pending, long millis,
                long allocatedMb, long peakHeapMb, long statements, double load) {
    }

    private PublishBenchmark() {
    }

    static void run(Map<String, String> options, Path out, Consumer<String> note) throws IOException {
        long seed = Long.parseLong(options.getOrDefault("publish.seed", String.valueOf(ScenarioGenerator.DEFAULT_SEED)));
        List<Step> steps = new ArrayList<>();
        for (String unit : options.getOrDefault("publish.units", "battalion;brigade;brigade-all").split(";")) {
            Scenario scenario = unit(unit.trim(), seed);
            // a web application context on a mock servlet context, as the Spring tests run it: no server, and no
            // Vaadin front-end build beside the measurement
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                    .web(WebApplicationType.NONE)
                    .contextFactory(type -> new GenericWebApplicationContext(new MockServletContext()))
                    .properties("spring.datasource.url=jdbc:h2:mem:publish-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                            "planner.demo.enabled=false", "planner.solve.cluster-name=publish-" + UUID.randomUUID(),
                            "spring.jpa.properties.hibernate.generate_statistics=true",
                            "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=WARN")
                    .run()) {
                ScenarioLoader loader = context.getBean(ScenarioLoader.class);
                SystemAccount.runAsPlanner(() -> loader.load(scenario));
                steps.addAll(publishes(context, unit.trim(), note));
            }
        }
        String tag = options.getOrDefault("tag", "publish");
        Files.writeString(out.resolve("publish-" + tag + ".md"), report(steps));
        note.accept("publish benchmark report: " + out.resolve("publish-" + tag + ".md"));
    }

    /**
     * {@code battalion} and {@code brigade}: the generated demo units (the brigade grows in phases, so fewer of its
     * posts are active in the first years); {@code brigade-all}: the brigade with every post active from the start,
     * the largest roster the generator makes.
     */
    private static Scenario unit(String unit, long seed) {
        return switch (unit) {
            case "battalion" -> ScenarioGenerator.generate(Scale.BATTALION, seed);
            case "brigade" -> ScenarioGenerator.generate(Scale.BRIGADE, seed);
            case "brigade-all" -> {
                Scenario phased = ScenarioGenerator.generate(Scale.BRIGADE, seed);
                Growth growth = phased.growth();
                List<Scenario.Post> posts = phased.posts().stream().map(post -> growth.phaseOf(post).isEmpty()
                        || GrowthPhases.ownActiveFrom(growth, post) != null ? post
                        : new Scenario.Post(post.id(), post.title(), post.section(), post.rankMin(), post.rankMax(),
                        post.skills(), post.englishMin(), post.sourcing(), null, post.activeTo(),
                        post.requiresStandard())).toList();
                yield phased.withPostsAndCompanies(posts, phased.companies()).withGrowth(growth.withPhases(List.of()));
            }
            default -> throw new IllegalArgumentException("unknown unit " + unit);
        };
    }

    private static List<Step> publishes(ConfigurableApplicationContext context, String unit, Consumer<String> note) {
        SignedInAs.planner();
        RosterVersionService versions = context.getBean(RosterVersionService.class);
        Scenario scenario = context.getBean(ScenarioSource.class).current().orElseThrow();
        List<RotationSlot> slots = RotationMapper.toSolution(scenario).getSlots();
        Function<Integer, RotationPlan> roster = stride -> {
            List<PlanRow> rows = new ArrayList<>();
            for (int i = 0; i < slots.size(); i++) {
                RotationSlot slot = slots.get(i);
                boolean fill = stride > 0 && i % stride == 0 && !slot.getNominees().isEmpty();
                rows.add(new PlanRow(slot.getPost().id(), slot.getPeriodIndex(),
                        fill ? slot.getNominees().get(i / stride % slot.getNominees().size()).id() : null));
            }
            return new RotationPlan(RotationPlan.FORMAT, scenario.name(), null, rows, List.of());
        };
        note.accept(String.format(Locale.ROOT, "publish %s: %d posts, %d people, %d active slots", unit,
                scenario.posts().size(), scenario.personnel().size(), slots.size()));
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Statistics statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
        List<Step> steps = new ArrayList<>();
        steps.add(publish(unit, "empty roster (every slot unfilled)", roster.apply(0), versions, jdbc, statistics, note));
        steps.add(publish(unit, "re-plan: every other slot filled", roster.apply(2), versions, jdbc, statistics, note));
        steps.add(publish(unit, "empty roster again", roster.apply(0), versions, jdbc, statistics, note));
        return steps;
    }

    private static Step publish(String unit, String what, RotationPlan plan, RosterVersionService versions,
                                JdbcTemplate jdbc, Statistics statistics, Consumer<String> note) {
        long id = versions.saveDraft(what, plan, List.of(), null).id();
        int before = count(jdbc, "select count(*) from sourcing_request");
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        long used = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = threads.getCurrentThreadAllocatedBytes();
        statistics.clear();
        double load = PlantedCorpus.load();
        long start = System.nanoTime();
        versions.publish(id);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long statements = statistics.getPrepareStatementCount();
        long allocatedMb = (threads.getCurrentThreadAllocatedBytes() - allocated) >> 20;
        long peakMb = Math.max(0, heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() - used) >> 20;
        int after = count(jdbc, "select count(*) from sourcing_request");
        int pending = count(jdbc, "select count(*) from sourcing_request where state in ('OPEN', 'OFFERED')");
        Step step = new Step(unit, what, before, after, pending, millis, allocatedMb, peakMb, statements,
                (load + PlantedCorpus.load()) / 2);
        note.accept(String.format(Locale.ROOT, "publish %s, %s: %d ms, requests %d -> %d (%d open), %d MiB allocated,"
                        + " heap peak +%d MiB, %d JDBC statements, load %.1f", unit, what, millis, before, after,
                pending, allocatedMb, peakMb, statements, step.load()));
        return step;
    }

    private static int count(JdbcTemplate jdbc, String sql) {
        Integer count = jdbc.queryForObject(sql, Integer.class);
        return count == null ? 0 : count;
    }

    private static String report(List<Step> steps) {
        StringBuilder md = new StringBuilder("| unit | publish | requests before → after | open after | time |"
                + " allocated | heap peak above before | JDBC statements | load |\n|---|---|---|---|---|---|---|---|---|\n");
        for (Step step : steps) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %d → %d | %d | %.2f s | %d MiB | %d MiB | %d | %.1f |%n",
                    step.unit(), step.what(), step.requestsBefore(),
                    step.requestsAfter(), step.pending(), step.millis() / 1000.0, step.allocatedMb(), step.peakHeapMb(),
                    step.statements(), step.load()));
        }
        return md.toString();
    }
}
