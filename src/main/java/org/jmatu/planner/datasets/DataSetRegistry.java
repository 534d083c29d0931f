package org.jmatu.planner.datasets;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The list of uploaded data sets, kept in the default schema beside the demo unit. */
@Component
class DataSetRegistry {

    private static final RowMapper<DataSet> ROW = (rs, row) -> new DataSet(rs.getString("data_set_key"),
            rs.getString("name"), rs.getString("scenario_name"), rs.getString("created_by"),
            rs.getTimestamp("created_at").toInstant());

    private final JdbcTemplate jdbc;

    DataSetRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<DataSet> all() {
        return DataSetContext.callIn(DataSetContext.DEFAULT, () -> jdbc.query(
                "select * from data_set order by created_at, data_set_key", ROW));
    }

    Optional<DataSet> find(String key) {
        return DataSetContext.callIn(DataSetContext.DEFAULT, () -> jdbc.query(
                "select * from data_set where data_set_key = ?", ROW, key).stream().findFirst());
    }

    void add(DataSet dataSet) {
        DataSetContext.runIn(DataSetContext.DEFAULT, () -> jdbc.update(
                "insert into data_set (data_set_key, name, scenario_name, created_by, created_at) values (?, ?, ?, ?, ?)",
                dataSet.key(), dataSet.name(), dataSet.scenarioName(), dataSet.createdBy(),
                Timestamp.from(dataSet.createdAt())));
    }
}
