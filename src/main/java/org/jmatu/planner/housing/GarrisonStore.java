package org.jmatu.planner.housing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.database.GrowthPart;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The garrisons of the data set in use with their capacities (tables of V26). */
@Component
class GarrisonStore implements GrowthPart {

    private final JdbcTemplate jdbc;

    GarrisonStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Growth read(Growth growth) {
        Map<String, List<Growth.Capacity>> capacity = new HashMap<>();
        jdbc.query("select garrison_code, from_period, places from garrison_capacity order by from_period",
                rs -> { capacity.computeIfAbsent(rs.getString("garrison_code"), code -> new ArrayList<>())
                        .add(new Growth.Capacity(rs.getInt("from_period"), rs.getInt("places"))); });
        return growth.withGarrisons(jdbc.query("select * from garrison order by position",
                (rs, row) -> new Growth.Garrison(rs.getString("code"), rs.getString("name"), rs.getString("kind"),
                        rs.getString("nation_code"), rs.getDouble("upkeep_per_year"),
                        capacity.getOrDefault(rs.getString("code"), List.of()))));
    }

    @Override
    @Transactional
    public void write(Growth growth) {
        jdbc.update("delete from garrison_capacity");
        jdbc.update("delete from garrison");
        List<Growth.Garrison> garrisons = growth.garrisons();
        for (int index = 0; index < garrisons.size(); index++) {
            Growth.Garrison garrison = garrisons.get(index);
            jdbc.update("insert into garrison (code, name, kind, nation_code, upkeep_per_year, position)"
                            + " values (?, ?, ?, ?, ?, ?)", garrison.id(), garrison.name(), garrison.kind(),
                    garrison.nation(), garrison.upkeepPerYear(), index);
            garrison.capacity().forEach(step -> jdbc.update(
                    "insert into garrison_capacity (garrison_code, from_period, places) values (?, ?, ?)",
                    garrison.id(), step.fromPeriod(), step.places()));
        }
    }
}
