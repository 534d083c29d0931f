package org.jmatu.planner.datasets;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out connections switched to the schema of the current data set. The schema is set on every
 * connection, the default one included: the pool does not reset a schema a connection was switched to
 * (Hikari resets it only when a schema is configured for the pool), so a connection last used by another
 * data set must be switched back explicitly.
 */
final class SchemaRoutingDataSource extends DelegatingDataSource {

    private volatile String defaultSchema;

    SchemaRoutingDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return route(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return route(super.getConnection(username, password));
    }

    private Connection route(Connection connection) throws SQLException {
        try {
            if (defaultSchema == null) {
                // the first connection is taken at start-up, before any data set could switch one
                defaultSchema = connection.getSchema();
            }
            connection.setSchema(DataSetContext.schemaOf(DataSetContext.current()).orElse(defaultSchema));
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }
}
