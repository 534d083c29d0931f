package org.jmatu.planner.burden;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.Plan;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.shared.Period;
import org.jmatu.planner.shared.Rank;

/**
 * The burden-sharing arithmetic of the user guide, over a scenario and its plan: plain Java, so that the worked
 * example can be tested figure by figure. A period counts in the year it starts in; an exercise in the year it starts
 * in. Money is rounded to the cent only in the transfers.
 */
public final class BurdenSharing {

    private static final double EARTH_RADIUS_KM = 6371;

    private BurdenSharing() {
    }

    /** The years the horizon's periods start in. */
    public static List<Integer> years(Scenario scenario) {
        return periods(scenario).stream().map(period -> period.start().getYear()).distinct().toList();
    }

    public static BurdenYear of(Scenario scenario, Plan plan, int year) {
        Growth growth = scenario.growth();
        Growth.CostModel model = Optional.ofNullable(growth.costModel())
                .orElse(new Growth.CostModel("", List.of(), 0, 0, 0, 0));
        List<Period> periods = periods(scenario).stream().filter(period -> period.start().getYear() == year).toList();
        List<Integer> indices = periods.stream().map(Period::index).toList();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        scenario.nations().forEach(nation -> tallies.put(nation.code(), new Tally()));
        Map<String, Scenario.Person> people = byId(scenario.personnel(), Scenario.Person::id);
        Map<String, Scenario.Company> companies = byId(scenario.companies(), Scenario.Company::id);
        Map<String, Scenario.TrainingArea> areas = byId(scenario.trainingAreas(), Scenario.TrainingArea::id);

        for (Plan.RotationRow row : plan.rotation()) {
            Scenario.Person person = row.person() == null ? null : people.get(row.person());
            if (person != null && indices.contains(row.period())) {
                Tally tally = tallies.get(person.nation());
                tally.personPeriods++;
                tally.staff += staffCost(model, Rank.fromCode(person.rank()));
            }
        }
        for (Plan.ExerciseRow exercise : plan.exercises()) {
            Scenario.TrainingArea area = exercise.trainingArea() == null ? null : areas.get(exercise.trainingArea());
            if (exercise.start() == null || area == null || exercise.start().getYear() != year) {
                continue;
            }
            Tally host = tallies.get(area.nation());
            host.exercisesHosted++;
            host.hosting += model.exerciseHosted();
            int days = (int) (exercise.end().toEpochDay() - exercise.start().toEpochDay()) + 1;
            for (String code : exercise.companies()) {
                Scenario.Company company = companies.get(code);
                Tally tally = tallies.get(company.nation());
                tally.companyDays += days;
                tally.exercises += days * model.companyExerciseDay()
                        + kilometres(company.homeBase(), area.location()) * model.travelPerKm();
            }
        }
        int periodMonths = scenario.horizon().periodMonths();
        for (Growth.Garrison garrison : growth.garrisons()) {
            int placeMonths = indices.stream().mapToInt(garrison::places).sum() * periodMonths;
            Tally tally = tallies.get(garrison.nation());
            tally.housingPlaceMonths += placeMonths;
            tally.housing += placeMonths * model.housingPlaceMonth() + (placeMonths > 0 ? garrison.upkeepPerYear() : 0);
        }

        Map<String, Double> shares = growth.fundingShares().stream()
                .collect(Collectors.toMap(Growth.FundingShare::nation, Growth.FundingShare::share));
        double total = tallies.values().stream().mapToDouble(Tally::contributed).sum();
        List<BurdenYear.NationBurden> rows = tallies.entrySet().stream().map(entry -> {
            Tally tally = entry.getValue();
            double share = shares.getOrDefault(entry.getKey(), 0.0);
            double due = share * total;
            return new BurdenYear.NationBurden(entry.getKey(), share, tally.personPeriods, tally.companyDays,
                    tally.exercisesHosted, tally.housingPlaceMonths, tally.staff, tally.exercises, tally.hosting,
                    tally.housing, tally.contributed(), total == 0 ? 0 : tally.contributed() / total, due,
                    tally.contributed() - due);
        }).toList();
        return new BurdenYear(year, model.currency(), total, rows, transfers(rows));
    }

    /** The first band whose ranks hold {@code rank}; a rank in no band costs nothing. */
    private static double staffCost(Growth.CostModel model, Rank rank) {
        return model.staff().stream()
                .filter(band -> rank.within(Rank.fromCode(band.rankMin()), Rank.fromCode(band.rankMax())))
                .findFirst().map(Growth.StaffCost::personPeriod).orElse(0.0);
    }

    /** Great-circle distance, rounded to the kilometre as a J8 would write it down. */
    static long kilometres(Scenario.Location from, Scenario.Location to) {
        double lat1 = Math.toRadians(from.lat());
        double lat2 = Math.toRadians(to.lat());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(to.lon() - from.lon());
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return Math.round(2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a)));
    }

    /**
     * Who pays whom: the largest debtor pays the largest creditor as much as either has left, until every balance is
     * settled, so that few transfers settle the year.
     */
    private static List<BurdenYear.Transfer> transfers(List<BurdenYear.NationBurden> rows) {
        Map<String, Double> left = new HashMap<>();
        rows.forEach(row -> left.put(row.nation(), Math.round(row.balance() * 100) / 100.0));
        List<BurdenYear.Transfer> transfers = new ArrayList<>();
        Comparator<String> byBalance = Comparator.comparingDouble(left::get);
        while (true) {
            String debtor = left.keySet().stream().min(byBalance.thenComparing(Comparator.naturalOrder())).orElseThrow();
            String creditor = left.keySet().stream().max(byBalance.thenComparing(Comparator.reverseOrder())).orElseThrow();
            double amount = Math.min(-left.get(debtor), left.get(creditor));
            if (amount < 0.01) {
                return transfers;
            }
            amount = Math.round(amount * 100) / 100.0;
            transfers.add(new BurdenYear.Transfer(debtor, creditor, amount));
            left.put(debtor, left.get(debtor) + amount);
            left.put(creditor, left.get(creditor) - amount);
        }
    }

    private static List<Period> periods(Scenario scenario) {
        Scenario.Horizon horizon = scenario.horizon();
        return IntStream.range(0, horizon.periods())
                .mapToObj(index -> Period.of(horizon.start(), horizon.periodMonths(), index)).toList();
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, item -> item, (first, second) -> first));
    }

    private static final class Tally {
        int personPeriods;
        int companyDays;
        int exercisesHosted;
        int housingPlaceMonths;
        double staff;
        double exercises;
        double hosting;
        double housing;

        double contributed() {
            return staff + exercises + hosting + housing;
        }
    }
}
