package org.jmatu.planner.persistence;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring Boot test with the application's {@code postgres} profile against a fresh database on the
 * test JVM's embedded PostgreSQL ({@link EmbeddedPostgresServer}), in place of the in-memory H2.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = OnEmbeddedPostgres.NewDatabase.class)
public @interface OnEmbeddedPostgres {

    /** Gives the context a database of its own through the profile's own settings, the PLANNER_DB_* variables. */
    class NewDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded-postgres", Map.of(
                    "PLANNER_DB_URL", EmbeddedPostgresServer.newDatabase(),
                    "PLANNER_DB_USER", EmbeddedPostgresServer.USER,
                    "PLANNER_DB_PASSWORD", "")));
        }
    }
}
