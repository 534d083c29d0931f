package org.jmatu.planner.planning.jobs;

import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * Quartz as the solves need it: the clustered JDBC job store in the application's database (its default schema,
 * tables from the migration V16), shared by every instance; as many threads as the global cap, since an instance
 * may have to run that many; a short idle wait, so a solve queued or put back on one instance is taken up by
 * another within a second or two. Set here rather than in properties so that every profile and test gets it.
 */
@Component
class SolveScheduling implements SchedulerFactoryBeanCustomizer {

    private final DataSource dataSource;
    private final SolveInstance instance;
    private final int cap;
    private final String cluster;

    /**
     * @param cluster Quartz's scheduler name: the same on every instance of one database, which makes them one
     *                cluster. Quartz keeps each scheduler's data source in a registry of the JVM under this name,
     *                so application contexts sharing a JVM (tests) need names of their own.
     */
    SolveScheduling(DataSource dataSource, SolveInstance instance,
                    @Value("${planner.solve.max-concurrent:0}") int maxConcurrent,
                    @Value("${planner.solve.cluster-name:planner-solves}") String cluster) {
        this.dataSource = dataSource;
        this.instance = instance;
        this.cap = SolveJobs.cap(maxConcurrent);
        this.cluster = cluster;
    }

    @Override
    public void customize(SchedulerFactoryBean factory) {
        factory.setSchedulerName(cluster);
        factory.setDataSource(dataSource);
        Properties quartz = new Properties();
        quartz.setProperty("org.quartz.scheduler.instanceId", instance.id());
        quartz.setProperty("org.quartz.scheduler.idleWaitTime", "1000");
        quartz.setProperty("org.quartz.threadPool.threadCount", Integer.toString(cap));
        quartz.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        quartz.setProperty("org.quartz.jobStore.isClustered", "true");
        quartz.setProperty("org.quartz.jobStore.clusterCheckinInterval", "5000");
        quartz.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        quartz.setProperty("org.quartz.jobStore.useProperties", "true");
        // its readers of binary columns work on H2 as on PostgreSQL: one code path for both databases
        quartz.setProperty("org.quartz.jobStore.driverDelegateClass",
                "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        factory.setQuartzProperties(quartz);
        factory.setWaitForJobsToCompleteOnShutdown(false);
    }
}
