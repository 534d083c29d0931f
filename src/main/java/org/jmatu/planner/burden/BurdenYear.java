package org.jmatu.planner.burden;

import java.util.List;

/**
 * What each nation contributed to the unit in one year, in kind and in money at the cost model's prices, against its
 * agreed share of the year's total; and the transfers that settle the balances.
 */
public record BurdenYear(int year, String currency, double total, List<NationBurden> nations,
                         List<Transfer> transfers) {

    /**
     * One nation's year. In kind: staff person-periods, company-days in exercises, exercises hosted, housing
     * place-months provided. In money: each of those priced ({@code housing} includes the garrisons' upkeep,
     * {@code exercises} the companies' travel), their sum {@code contributed}, {@code due} its agreed share of the
     * total and {@code balance} the difference (positive: the others owe it).
     */
    public record NationBurden(String nation, double agreedShare, int personPeriods, int companyDays,
                               int exercisesHosted, int housingPlaceMonths, double staff, double exercises,
                               double hosting, double housing, double contributed, double contributedShare,
                               double due, double balance) {
    }

    /** {@code from} pays {@code to} this {@code amount} to settle the year. */
    public record Transfer(String from, String to, double amount) {
    }
}
