package org.jmatu.planner.burden;

import java.util.List;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.database.GrowthPart;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The agreed funding shares and the cost model of the data set in use (tables of V25). */
@Component
class FundingStore implements GrowthPart {

    private static final int THE_MODEL = 1;

    private final JdbcTemplate jdbc;

    FundingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Growth read(Growth growth) {
        List<Growth.FundingShare> shares = jdbc.query("select nation_code, share from funding_share order by nation_code",
                (rs, row) -> new Growth.FundingShare(rs.getString("nation_code"), rs.getDouble("share")));
        List<Growth.StaffCost> staff = jdbc.query(
                "select rank_min, rank_max, person_period from cost_model_staff order by position",
                (rs, row) -> new Growth.StaffCost(rs.getString("rank_min"), rs.getString("rank_max"),
                        rs.getDouble("person_period")));
        Growth.CostModel model = jdbc.query("select * from cost_model where id = ?", (rs, row) -> new Growth.CostModel(
                rs.getString("currency"), staff, rs.getDouble("company_exercise_day"), rs.getDouble("exercise_hosted"),
                rs.getDouble("travel_per_km"), rs.getDouble("housing_place_month")), THE_MODEL)
                .stream().findFirst().orElse(null);
        return growth.withFunding(shares, model);
    }

    @Override
    @Transactional
    public void write(Growth growth) {
        jdbc.update("delete from funding_share");
        growth.fundingShares().forEach(share -> jdbc.update(
                "insert into funding_share (nation_code, share) values (?, ?)", share.nation(), share.share()));
        jdbc.update("delete from cost_model_staff");
        jdbc.update("delete from cost_model");
        Growth.CostModel model = growth.costModel();
        if (model == null) {
            return;
        }
        jdbc.update("insert into cost_model (id, currency, company_exercise_day, exercise_hosted, travel_per_km,"
                        + " housing_place_month) values (?, ?, ?, ?, ?, ?)", THE_MODEL, model.currency(),
                model.companyExerciseDay(), model.exerciseHosted(), model.travelPerKm(), model.housingPlaceMonth());
        for (int index = 0; index < model.staff().size(); index++) {
            Growth.StaffCost band = model.staff().get(index);
            jdbc.update("insert into cost_model_staff (position, rank_min, rank_max, person_period) values (?, ?, ?, ?)",
                    index, band.rankMin(), band.rankMax(), band.personPeriod());
        }
    }
}
