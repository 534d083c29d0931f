package org.jmatu.planner.growth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.database.GrowthPart;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The growth phases of the data set in use (tables of V24), read and replaced as a whole, as the timeline edits them. */
@Component
class GrowthPhaseStore implements GrowthPart {

    private static final String SECTION = "SECTION";
    private static final String POST = "POST";
    private static final String COMPANY = "COMPANY";

    private final JdbcTemplate jdbc;

    GrowthPhaseStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Growth read(Growth growth) {
        return growth.withPhases(phases());
    }

    @Override
    @Transactional
    public void write(Growth growth) {
        replace(growth.phases());
    }

    List<Growth.Phase> phases() {
        Map<String, Integer> firstPeriods = new LinkedHashMap<>();
        jdbc.query("select name, first_period from growth_phase order by position",
                rs -> { firstPeriods.put(rs.getString("name"), rs.getInt("first_period")); });
        Map<String, Map<String, List<String>>> members = new LinkedHashMap<>();
        jdbc.query("select phase_name, kind, code from growth_phase_member order by position", rs -> {
            members.computeIfAbsent(rs.getString("phase_name"), name -> new LinkedHashMap<>())
                    .computeIfAbsent(rs.getString("kind"), kind -> new ArrayList<>()).add(rs.getString("code"));
        });
        return firstPeriods.entrySet().stream().map(entry -> {
            Map<String, List<String>> of = members.getOrDefault(entry.getKey(), Map.of());
            return new Growth.Phase(entry.getKey(), entry.getValue(), of.get(SECTION), of.get(POST), of.get(COMPANY));
        }).toList();
    }

    @Transactional
    void replace(List<Growth.Phase> phases) {
        jdbc.update("delete from growth_phase_member");
        jdbc.update("delete from growth_phase");
        for (int index = 0; index < phases.size(); index++) {
            Growth.Phase phase = phases.get(index);
            jdbc.update("insert into growth_phase (name, first_period, position) values (?, ?, ?)", phase.name(),
                    phase.firstPeriod(), index);
            members(phase.name(), SECTION, phase.sections());
            members(phase.name(), POST, phase.posts());
            members(phase.name(), COMPANY, phase.companies());
        }
    }

    private void members(String phase, String kind, List<String> codes) {
        for (int index = 0; index < codes.size(); index++) {
            jdbc.update("insert into growth_phase_member (phase_name, kind, code, position) values (?, ?, ?, ?)",
                    phase, kind, codes.get(index), index);
        }
    }
}
