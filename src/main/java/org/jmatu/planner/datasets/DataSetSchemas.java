package org.jmatu.planner.datasets;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Creates a data set's schema with the application's own migrations, and drops it again. */
@Component
class DataSetSchemas {

    private final Flyway flyway;
    private final JdbcTemplate jdbc;

    DataSetSchemas(Flyway flyway, JdbcTemplate jdbc) {
        this.flyway = flyway;
        this.jdbc = jdbc;
    }

    void create(String schema) {
        DataSetContext.runIn(DataSetContext.DEFAULT, () -> Flyway.configure()
                .configuration(flyway.getConfiguration())
                .locations(DefaultSchemaMigrations.ofDataSets(flyway.getConfiguration().getLocations()))
                .schemas(schema).defaultSchema(schema).createSchemas(true)
                .load().migrate());
    }

    /** Drops the schema and everything in it; names come from {@link DataSetContext#schemaOf}, never from users. */
    void drop(String schema) {
        DataSetContext.runIn(DataSetContext.DEFAULT,
                () -> jdbc.execute("drop schema if exists \"" + schema + "\" cascade"));
    }
}
