package org.jmatu.planner.scenario;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How the unit grows and who carries its cost: the scenario's optional {@code growth} field (docs/file-formats.md).
 * Phases bring sections, posts and companies in from their first period; funding shares and the cost model weigh
 * each nation's contribution; garrisons house the staff and the attached companies. An empty growth (a scenario
 * without the field) changes nothing.
 */
public record Growth(List<Phase> phases, List<FundingShare> fundingShares, CostModel costModel,
                     List<Garrison> garrisons) {

    /** Shares are written as fractions with a few decimals: 0.333 + 0.333 + 0.334 is 100 %. */
    public static final double SHARE_TOLERANCE = 0.0005;

    public Growth {
        phases = phases == null ? List.of() : List.copyOf(phases);
        fundingShares = fundingShares == null ? List.of() : List.copyOf(fundingShares);
        garrisons = garrisons == null ? List.of() : List.copyOf(garrisons);
    }

    public static Growth none() {
        return new Growth(List.of(), List.of(), null, List.of());
    }

    public boolean isEmpty() {
        return phases.isEmpty() && fundingShares.isEmpty() && costModel == null && garrisons.isEmpty();
    }

    public Growth withPhases(List<Phase> newPhases) {
        return new Growth(newPhases, fundingShares, costModel, garrisons);
    }

    public Growth withFunding(List<FundingShare> shares, CostModel model) {
        return new Growth(phases, shares, model, garrisons);
    }

    public Growth withGarrisons(List<Garrison> newGarrisons) {
        return new Growth(phases, fundingShares, costModel, newGarrisons);
    }

    /** The phases by their first period (a phase's name breaks ties), as the timeline shows them. */
    public List<Phase> phasesInOrder() {
        return phases.stream().sorted(Comparator.comparingInt(Phase::firstPeriod).thenComparing(Phase::name)).toList();
    }

    /** The phase that brings {@code post} in: the phase listing the post itself, else the one listing its section. */
    public Optional<Phase> phaseOf(Scenario.Post post) {
        return phases.stream().filter(phase -> phase.posts().contains(post.id())).findFirst()
                .or(() -> phases.stream().filter(phase -> phase.sections().contains(post.section())).findFirst());
    }

    public Optional<Phase> phaseOfCompany(String company) {
        return phases.stream().filter(phase -> phase.companies().contains(company)).findFirst();
    }

    /**
     * A growth phase: from {@code firstPeriod} on, the listed sections (each of their posts), posts and companies
     * belong to the unit. A post that sets its own {@code activeFrom}, or a company its own attached periods, keeps
     * them.
     */
    public record Phase(String name, int firstPeriod, List<String> sections, List<String> posts,
                        List<String> companies) {
        public Phase {
            sections = sections == null ? List.of() : List.copyOf(sections);
            posts = posts == null ? List.of() : List.copyOf(posts);
            companies = companies == null ? List.of() : List.copyOf(companies);
        }

        public Phase withFirstPeriod(int period) {
            return new Phase(name, period, sections, posts, companies);
        }
    }

    /** A nation's agreed share of the unit's cost, a fraction of 1; the shares of a scenario sum to 1. */
    public record FundingShare(String nation, double share) {
    }

    /**
     * What the J8 prices each contribution at, in one currency: a staff person-period by rank band, a company's day
     * in an exercise, hosting an exercise, a company's travel per kilometre (straight line from its home base to the
     * host training area), a housing place per month (what the garrison's nation provides).
     */
    public record CostModel(String currency, List<StaffCost> staff, double companyExerciseDay, double exerciseHosted,
                            double travelPerKm, double housingPlaceMonth) {
        public CostModel {
            staff = staff == null ? List.of() : List.copyOf(staff);
        }
    }

    /** The cost of one person-period of a rank from {@code rankMin} to {@code rankMax} (NATO codes). */
    public record StaffCost(String rankMin, String rankMax, double personPeriod) {
    }

    /**
     * Barracks, family housing or a training facility ({@code kind}), kept by {@code nation}, with its places from
     * each period on and its upkeep per year.
     */
    public record Garrison(String id, String name, String kind, String nation, double upkeepPerYear,
                           List<Capacity> capacity) {
        public Garrison {
            capacity = capacity == null ? List.of() : List.copyOf(capacity);
        }

        /** The places in {@code period}: those of the last step that starts on or before it, none before the first. */
        public int places(int period) {
            return capacity.stream().filter(step -> step.fromPeriod() <= period)
                    .max(Comparator.comparingInt(Capacity::fromPeriod)).map(Capacity::places).orElse(0);
        }
    }

    /** From {@code fromPeriod} on (until the next step), the garrison has {@code places}. */
    public record Capacity(int fromPeriod, int places) {
    }
}
