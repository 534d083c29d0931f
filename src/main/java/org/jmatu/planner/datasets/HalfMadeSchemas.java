package org.jmatu.planner.datasets;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Drops, at start, the data set schemas no data set owns: what an import killed half-way left behind (the
 * schema is created before the data set is listed). Runs once everything is set up and before the web server
 * takes requests, so that no import is under way.
 */
@Component
class HalfMadeSchemas implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(HalfMadeSchemas.class);

    private final JdbcTemplate jdbc;
    private final DataSetRegistry registry;
    private final DataSetSchemas schemas;

    HalfMadeSchemas(JdbcTemplate jdbc, DataSetRegistry registry, DataSetSchemas schemas) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.schemas = schemas;
    }

    @Override
    public void afterSingletonsInstantiated() {
        dropUnowned();
    }

    /** The schemas dropped. */
    List<String> dropUnowned() {
        Set<String> owned = registry.all().stream().map(dataSet -> DataSetContext.schemaOf(dataSet.key()).orElseThrow())
                .collect(Collectors.toSet());
        List<String> unowned = DataSetContext.callIn(DataSetContext.DEFAULT, () -> jdbc.queryForList(
                        "select schema_name from information_schema.schemata", String.class)).stream()
                .filter(schema -> schema.startsWith(DataSetContext.SCHEMA_PREFIX) && !owned.contains(schema))
                .toList();
        for (String schema : unowned) {
            LOG.warn("Dropping schema {}: no data set owns it (an import was interrupted)", schema);
            schemas.drop(schema);
        }
        return unowned;
    }
}
