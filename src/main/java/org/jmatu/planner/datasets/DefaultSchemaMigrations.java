package org.jmatu.planner.datasets;

import java.util.Arrays;
import java.util.stream.Stream;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Migrations of tables that belong to the whole application rather than to one data set (the solve jobs of all
 * instances and Quartz's job store): the default schema gets them beside {@code db/migration}, a data set's schema
 * ({@link DataSetSchemas}) never does. They share one sequence of version numbers with {@code db/migration}.
 */
@Component
class DefaultSchemaMigrations implements FlywayConfigurationCustomizer {

    static final Location LOCATION = new Location("classpath:db/default-schema");

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.locations(Stream.concat(Arrays.stream(configuration.getLocations()), Stream.of(LOCATION))
                .toArray(Location[]::new));
    }

    /** The locations of a data set's schema: the default schema's without this one. */
    static Location[] ofDataSets(Location[] locations) {
        return Arrays.stream(locations).filter(location -> !location.equals(LOCATION)).toArray(Location[]::new);
    }
}
