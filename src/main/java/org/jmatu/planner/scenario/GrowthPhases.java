package org.jmatu.planner.scenario;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Growth phases as the solvers see them: a post or company of a phase that sets no periods of its own is active
 * (attached) from the phase's first period to the end of the horizon. The database keeps what the planner set
 * ({@link #effective}'s input); scenario files carry the result, so that a reader who ignores {@code growth} still
 * finds the right active slots (rule 1), and {@link #own} takes it back on import.
 */
public final class GrowthPhases {

    private GrowthPhases() {
    }

    /** The scenario with each post's and company's periods as its phase makes them. */
    public static Scenario effective(Scenario scenario) {
        Growth growth = scenario.growth();
        if (growth.phases().isEmpty()) {
            return scenario;
        }
        int periods = scenario.horizon().periods();
        return scenario.withPostsAndCompanies(
                scenario.posts().stream().map(post -> post.activeFrom() != null ? post
                        : growth.phaseOf(post).map(phase -> withActiveFrom(post, phase.firstPeriod())).orElse(post))
                        .toList(),
                scenario.companies().stream().map(company -> !company.attachedPeriods().isEmpty() ? company
                        : growth.phaseOfCompany(company.id())
                                .map(phase -> withAttached(company, fromOn(phase.firstPeriod(), periods)))
                                .orElse(company))
                        .toList());
    }

    /** The post's own first period: none where its phase gives it that period anyway. */
    public static Integer ownActiveFrom(Growth growth, Scenario.Post post) {
        Optional<Growth.Phase> phase = growth.phaseOf(post);
        return phase.isPresent() && post.activeFrom() != null && post.activeFrom() == phase.get().firstPeriod()
                ? null : post.activeFrom();
    }

    /** The company's own attached periods: none where its phase attaches it in exactly those periods anyway. */
    public static List<Integer> ownAttachedPeriods(Growth growth, Scenario.Company company, int periods) {
        return growth.phaseOfCompany(company.id())
                .filter(phase -> company.attachedPeriods().equals(fromOn(phase.firstPeriod(), periods)))
                .map(phase -> List.<Integer>of()).orElse(company.attachedPeriods());
    }

    private static List<Integer> fromOn(int first, int periods) {
        return IntStream.range(Math.max(0, first), periods).boxed().toList();
    }

    private static Scenario.Post withActiveFrom(Scenario.Post post, int from) {
        return new Scenario.Post(post.id(), post.title(), post.section(), post.rankMin(), post.rankMax(), post.skills(),
                post.englishMin(), post.sourcing(), from, post.activeTo(), post.requiresStandard());
    }

    private static Scenario.Company withAttached(Scenario.Company company, List<Integer> periods) {
        return new Scenario.Company(company.id(), company.name(), company.nation(), company.type(), company.strength(),
                company.capabilities(), company.homeBaseName(), company.homeBase(), periods, company.unavailable(),
                company.equipment());
    }
}
