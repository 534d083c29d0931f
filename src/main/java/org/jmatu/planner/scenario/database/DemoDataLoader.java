package org.jmatu.planner.scenario.database;

import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.generator.Scale;
import org.jmatu.planner.scenario.generator.ScenarioGenerator;
import org.jmatu.planner.security.SystemAccount;
import org.jmatu.planner.shared.NationService;
import org.jmatu.planner.shared.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** On first start (an empty database) loads the proposed unit, so a new user finds something to plan. */
@Component
@ConditionalOnProperty(name = "planner.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final NationService nations;
    private final ScenarioLoader loader;
    private final ClusterLock lock;
    private final Scale scale;
    private final long seed;

    DemoDataLoader(NationService nations, ScenarioLoader loader, ClusterLock lock,
                   @Value("${planner.demo.scale:battalion}") String scale,
                   @Value("${planner.demo.seed:20270101}") long seed) {
        this.nations = nations;
        this.loader = loader;
        this.lock = lock;
        this.scale = Scale.valueOf(scale.toUpperCase());
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        // several instances may start at once on an empty database: one loads, the others find it loaded
        lock.exclusively("demo-unit", () -> {
            if (nations.count() > 0) {
                return;
            }
            Scenario demo = ScenarioGenerator.generate(scale, seed);
            // the loader goes through the guarded services, so it signs in as the system planner
            SystemAccount.runAsPlanner(() -> loader.load(demo));
            LOG.info("Loaded the demo unit '{}': {} posts, {} nominees, {} companies, {} exercises", demo.name(),
                    demo.posts().size(), demo.personnel().size(), demo.companies().size(), demo.exercises().size());
        });
    }
}
