package org.jmatu.planner.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V28 carries the garrisons V26 kept into the audited tables the Housing view edits, on H2 and on PostgreSQL: each
 * garrison with its nation by id and version 0, its capacity steps numbered in period order, V26's tables gone.
 */
class GarrisonMigrationTest {

    @Test
    void onH2() {
        migrates(new DriverManagerDataSource("jdbc:h2:mem:garrison-migration;DB_CLOSE_DELAY=-1", "sa", ""));
    }

    @Test
    void onPostgres() {
        migrates(new DriverManagerDataSource(EmbeddedPostgresServer.newDatabase(), EmbeddedPostgresServer.USER, ""));
    }

    private static void migrates(DriverManagerDataSource database) {
        flyway(database, MigrationVersion.fromVersion("26")).migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        jdbc.update("insert into nation (version, code, name, role, equipment_standard, tour_periods,"
                + " max_consecutive_periods, staff_share) values (0, 'KAZ', 'Kazakhstan', 'FRAMEWORK', 'SOVIET', 2, 2, 0.4),"
                + " (0, 'RUS', 'Russian Federation', 'GLOBAL_POWER', 'SOVIET', 2, 2, 0.2)");
        jdbc.update("insert into garrison (code, name, kind, nation_code, upkeep_per_year, position) values"
                + " ('KAP-BKS', 'Kapchagay barracks', 'BARRACKS', 'RUS', 450000, 1),"
                + " ('AST-FH', 'Astana family quarters', 'FAMILY_HOUSING', 'KAZ', 400000, 0)");
        jdbc.update("insert into garrison_capacity (garrison_code, from_period, places) values"
                + " ('AST-FH', 4, 120), ('AST-FH', 0, 80), ('AST-FH', 2, 100), ('KAP-BKS', 0, 300)");

        flyway(database, MigrationVersion.LATEST).migrate();

        assertThat(jdbc.queryForList("select g.code, g.version, g.kind, n.code as nation, g.upkeep_per_year,"
                + " g.position from garrison g join nation n on n.id = g.nation_id order by g.position"))
                .extracting(row -> List.of(row.get("code"), row.get("version"), row.get("kind"), row.get("nation"),
                        ((Number) row.get("upkeep_per_year")).intValue(), row.get("position")))
                .containsExactly(List.of("AST-FH", 0, "FAMILY_HOUSING", "KAZ", 400000, 0),
                        List.of("KAP-BKS", 0, "BARRACKS", "RUS", 450000, 1));
        assertThat(jdbc.queryForList("select g.code, s.list_index, s.from_period, s.places from garrison_capacity_step s"
                + " join garrison g on g.id = s.garrison_id order by g.code, s.list_index"))
                .extracting(row -> List.of(row.get("code"), ((Number) row.get("list_index")).intValue(),
                        ((Number) row.get("from_period")).intValue(), ((Number) row.get("places")).intValue()))
                .containsExactly(List.of("AST-FH", 0, 0, 80), List.of("AST-FH", 1, 2, 100),
                        List.of("AST-FH", 2, 4, 120), List.of("KAP-BKS", 0, 0, 300));
        assertThatThrownBy(() -> jdbc.queryForList("select * from garrison_capacity")).as("V26's table is gone")
                .isInstanceOf(BadSqlGrammarException.class);
        assertThat(jdbc.queryForList("select * from garrison_aud")).isEmpty();
    }

    private static Flyway flyway(DriverManagerDataSource database, MigrationVersion target) {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration").target(target).load();
    }
}
