package org.jmatu.planner.planning.calendar.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.conditionally;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countBi;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toList;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toSet;
import static org.optaplanner.core.api.score.stream.Joiners.equal;
import static org.optaplanner.core.api.score.stream.Joiners.filtering;
import static org.optaplanner.core.api.score.stream.Joiners.lessThan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jmatu.planner.planning.calendar.domain.BlackoutFact;
import org.jmatu.planner.planning.calendar.domain.CompanyFact;
import org.jmatu.planner.planning.calendar.domain.CompanyYear;
import org.jmatu.planner.planning.calendar.domain.ExerciseAssignment;
import org.jmatu.planner.planning.calendar.domain.NationShare;
import org.jmatu.planner.planning.calendar.domain.Participation;
import org.jmatu.planner.planning.calendar.domain.RosterCoverage;
import org.jmatu.planner.planning.calendar.domain.Span;
import org.jmatu.planner.planning.calendar.solver.justifications.AreaCapacityJustification;
import org.jmatu.planner.planning.calendar.solver.justifications.AreaClashJustification;
import org.jmatu.planner.planning.calendar.solver.justifications.AreaClosedJustification;
import org.jmatu.planner.planning.calendar.solver.justifications.BlackoutJustification;
import org.jmatu.planner.planning.calendar.solver.justifications.CapabilitiesJustification;
import org.jmatu.planner.planning.calendar.solver.justifications.CompanyClashJustification;
import org.jmatu.planner.planning.calendar.solver.justifications.CompanyCountJustification;
import org.jmatu.planner.planning.calendar.solver.justifications.CompanyDatesJustification;
import org.jmatu.planner.planning.calendar.solver.justifications.CompanyYearJustification;
import org.jmatu.planner.planning.calendar.solver.justifications.HostRepeatJustification;
import org.jmatu.planner.planning.calendar.solver.justifications.HostingShareJustification;
import org.jmatu.planner.planning.calendar.solver.justifications.MaintainerJustification;
import org.jmatu.planner.planning.calendar.solver.justifications.ParticipationBalanceJustification;
import org.jmatu.planner.planning.calendar.solver.justifications.PinJustification;
import org.jmatu.planner.planning.calendar.solver.justifications.SpreadJustification;
import org.jmatu.planner.planning.calendar.solver.justifications.TravelJustification;
import org.jmatu.planner.planning.calendar.solver.justifications.WindowJustification;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;

/**
 * The exercise calendar's rules. Hard rules are docs/file-formats.md rules 10–16, one constraint per clause;
 * soft rules are the planners' preferences. Every rule is documented in docs/constraints.md.
 */
public class CalendarConstraintProvider implements ConstraintProvider {

    /** Exercises of one year closer than this (end to start) are penalised per missing day. */
    static final int SPREAD_DAYS = 42;

    static final HardSoftScore HOST_REPEAT = HardSoftScore.ofSoft(100);
    static final HardSoftScore HOSTING_PAIR = HardSoftScore.ofSoft(50);
    static final HardSoftScore COMPANY_YEAR = HardSoftScore.ofSoft(100);
    static final HardSoftScore SPREAD_DAY = HardSoftScore.ofSoft(2);
    static final HardSoftScore TRAVEL_100KM = HardSoftScore.ofSoft(1);
    static final HardSoftScore BALANCE = HardSoftScore.ofSoft(1);
    static final HardSoftScore MAINTAINER = HardSoftScore.ofSoft(200);

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                exerciseInsideWindow(factory),
                trainingAreaOpen(factory),
                trainingAreaCapacity(factory),
                trainingAreaExclusive(factory),
                minimumCompanies(factory),
                maximumCompanies(factory),
                companyAttached(factory),
                companyAvailable(factory),
                companyInOneExerciseAtATime(factory),
                requiredCapabilitiesCovered(factory),
                noBlackoutForHostNation(factory),
                noBlackoutForParticipatingNation(factory),
                pinnedExerciseKept(factory),
                hostNationChanges(factory),
                hostingSharedFairly(factory),
                companyTrainsEveryYear(factory),
                exercisesSpreadOut(factory),
                shortTravel(factory),
                participationBalancedAcrossNations(factory),
                maintainersInHqRoster(factory)
        };
    }

    /** Participating companies with their exercise joined in, so a change of date or area re-evaluates them. */
    private static BiConstraintStream<Participation, ExerciseAssignment> participating(ConstraintFactory factory) {
        return factory.forEach(Participation.class)
                .filter(Participation::isParticipating)
                .join(ExerciseAssignment.class, equal(Participation::getAssignment, Function.identity()));
    }

    // ---------------------------------------------------------------- hard: docs/file-formats.md rules 10–16

    Constraint exerciseInsideWindow(ConstraintFactory factory) {
        return factory.forEach(ExerciseAssignment.class)
                .filter(a -> daysOutsideWindow(a) > 0)
                .penalize(HardSoftScore.ONE_HARD, CalendarConstraintProvider::daysOutsideWindow)
                .justifyWith((a, score) -> new WindowJustification(a.getId(), new Span(a.getStart(), a.getEnd()),
                        new Span(a.getExercise().earliestStart(), a.getExercise().latestEnd())))
                .asConstraint("Exercise inside window");
    }

    static int daysOutsideWindow(ExerciseAssignment a) {
        int before = Span.overlapDays(a.getStart(), a.getEnd(), a.getStart().minusYears(10),
                a.getExercise().earliestStart().minusDays(1));
        int after = Span.overlapDays(a.getStart(), a.getEnd(), a.getExercise().latestEnd().plusDays(1),
                a.getEnd().plusYears(10));
        return before + after;
    }

    Constraint trainingAreaOpen(ConstraintFactory factory) {
        return factory.forEach(ExerciseAssignment.class)
                .filter(a -> a.getArea().closedDays(a.getStart(), a.getEnd()) > 0)
                .penalize(HardSoftScore.ONE_HARD, a -> a.getArea().closedDays(a.getStart(), a.getEnd()))
                .justifyWith((a, score) -> new AreaClosedJustification(a.getId(), a.getArea().id(),
                        a.getArea().closedDays(a.getStart(), a.getEnd()), a.getArea().closedMonths()))
                .asConstraint("Training area open");
    }

    Constraint trainingAreaCapacity(ConstraintFactory factory) {
        return participating(factory)
                .groupBy((p, a) -> a, countBi())
                .filter((a, companies) -> companies > a.getArea().capacity())
                .penalize(HardSoftScore.ONE_HARD, (a, companies) -> companies - a.getArea().capacity())
                .justifyWith((a, companies, score) -> new AreaCapacityJustification(a.getId(), a.getArea().id(),
                        companies, a.getArea().capacity()))
                .asConstraint("Training area capacity");
    }

    Constraint trainingAreaExclusive(ConstraintFactory factory) {
        return factory.forEachUniquePair(ExerciseAssignment.class, equal(ExerciseAssignment::getArea))
                .filter(ExerciseAssignment::overlaps)
                .penalize(HardSoftScore.ONE_HARD, ExerciseAssignment::overlapDays)
                .justifyWith((a, b, score) -> new AreaClashJustification(a.getArea().id(), a.getId(), b.getId(),
                        a.overlapDays(b)))
                .asConstraint("Training area exclusive");
    }

    Constraint minimumCompanies(ConstraintFactory factory) {
        return factory.forEach(Participation.class)
                .groupBy(Participation::getAssignment, conditionally(Participation::isParticipating, count()))
                .filter((a, companies) -> companies < a.getExercise().minCompanies())
                .penalize(HardSoftScore.ONE_HARD, (a, companies) -> a.getExercise().minCompanies() - companies)
                .justifyWith((a, companies, score) -> new CompanyCountJustification(a.getId(), companies,
                        a.getExercise().minCompanies(), a.getExercise().maxCompanies()))
                .asConstraint("Minimum companies");
    }

    Constraint maximumCompanies(ConstraintFactory factory) {
        return factory.forEach(Participation.class)
                .groupBy(Participation::getAssignment, conditionally(Participation::isParticipating, count()))
                .filter((a, companies) -> companies > a.getExercise().maxCompanies())
                .penalize(HardSoftScore.ONE_HARD, (a, companies) -> companies - a.getExercise().maxCompanies())
                .justifyWith((a, companies, score) -> new CompanyCountJustification(a.getId(), companies,
                        a.getExercise().minCompanies(), a.getExercise().maxCompanies()))
                .asConstraint("Maximum companies");
    }

    Constraint companyAttached(ConstraintFactory factory) {
        return participating(factory)
                .filter((p, a) -> p.getCompany().daysNotAttached(a.getStart(), a.getEnd()) > 0)
                .penalize(HardSoftScore.ONE_HARD, (p, a) -> p.getCompany().daysNotAttached(a.getStart(), a.getEnd()))
                .justifyWith((p, a, score) -> new CompanyDatesJustification(a.getId(), p.getCompany().id(),
                        "not attached", p.getCompany().daysNotAttached(a.getStart(), a.getEnd()),
                        new Span(a.getStart(), a.getEnd())))
                .asConstraint("Company attached");
    }

    Constraint companyAvailable(ConstraintFactory factory) {
        return participating(factory)
                .filter((p, a) -> p.getCompany().daysUnavailable(a.getStart(), a.getEnd()) > 0)
                .penalize(HardSoftScore.ONE_HARD, (p, a) -> p.getCompany().daysUnavailable(a.getStart(), a.getEnd()))
                .justifyWith((p, a, score) -> new CompanyDatesJustification(a.getId(), p.getCompany().id(),
                        "unavailable", p.getCompany().daysUnavailable(a.getStart(), a.getEnd()),
                        new Span(a.getStart(), a.getEnd())))
                .asConstraint("Company available");
    }

    Constraint companyInOneExerciseAtATime(ConstraintFactory factory) {
        return factory.forEach(Participation.class)
                .filter(Participation::isParticipating)
                .join(Participation.class, equal(Participation::getCompany), lessThan(Participation::getId),
                        filtering((p, q) -> q.isParticipating()))
                .join(ExerciseAssignment.class, equal((p, q) -> p.getAssignment(), Function.identity()))
                .join(ExerciseAssignment.class, equal((p, q, a) -> q.getAssignment(), Function.identity()))
                .filter((p, q, a, b) -> a.overlaps(b))
                .penalize(HardSoftScore.ONE_HARD, (p, q, a, b) -> a.overlapDays(b))
                .justifyWith((p, q, a, b, score) -> new CompanyClashJustification(p.getCompany().id(), a.getId(),
                        b.getId(), a.overlapDays(b)))
                .asConstraint("Company in one exercise at a time");
    }

    Constraint requiredCapabilitiesCovered(ConstraintFactory factory) {
        return factory.forEach(Participation.class)
                .groupBy(Participation::getAssignment,
                        conditionally(Participation::isParticipating, toSet(Participation::getCompany)))
                .filter((a, companies) -> !missingCapabilities(a, companies).isEmpty())
                .penalize(HardSoftScore.ONE_HARD, (a, companies) -> missingCapabilities(a, companies).size())
                .justifyWith((a, companies, score) -> new CapabilitiesJustification(a.getId(),
                        missingCapabilities(a, companies)))
                .asConstraint("Required capabilities covered");
    }

    static Set<String> missingCapabilities(ExerciseAssignment a, Set<CompanyFact> companies) {
        Set<String> missing = new HashSet<>(a.getExercise().requiredCapabilities());
        companies.forEach(c -> missing.removeAll(c.capabilities()));
        return missing;
    }

    Constraint noBlackoutForHostNation(ConstraintFactory factory) {
        return factory.forEach(ExerciseAssignment.class)
                .join(BlackoutFact.class, equal(ExerciseAssignment::getHostNation, BlackoutFact::nation),
                        filtering((a, b) -> b.overlapDays(a.getStart(), a.getEnd()) > 0))
                .penalize(HardSoftScore.ONE_HARD, (a, b) -> b.overlapDays(a.getStart(), a.getEnd()))
                .justifyWith((a, b, score) -> new BlackoutJustification(a.getId(), a.getArea().id(), b.nation(),
                        b.name(), new Span(b.from(), b.to())))
                .asConstraint("No blackout for host nation");
    }

    Constraint noBlackoutForParticipatingNation(ConstraintFactory factory) {
        return participating(factory)
                .join(BlackoutFact.class, equal((p, a) -> p.getCompany().nation(), BlackoutFact::nation),
                        filtering((p, a, b) -> b.overlapDays(a.getStart(), a.getEnd()) > 0))
                .penalize(HardSoftScore.ONE_HARD, (p, a, b) -> b.overlapDays(a.getStart(), a.getEnd()))
                .justifyWith((p, a, b, score) -> new BlackoutJustification(a.getId(), a.getArea().id(), b.nation(),
                        b.name(), new Span(b.from(), b.to())))
                .asConstraint("No blackout for participating nation");
    }

    Constraint pinnedExerciseKept(ConstraintFactory factory) {
        return factory.forEach(ExerciseAssignment.class)
                .filter(CalendarConstraintProvider::breaksPin)
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((a, score) -> new PinJustification(a.getId(), a.getPinnedStart(), a.getPinnedArea(),
                        a.getStart(), a.getArea().id()))
                .asConstraint("Pinned exercise kept");
    }

    static boolean breaksPin(ExerciseAssignment a) {
        return (a.getPinnedStart() != null && !a.getPinnedStart().equals(a.getStart()))
                || (a.getPinnedArea() != null && !a.getPinnedArea().equals(a.getArea().id()));
    }

    // ---------------------------------------------------------------- soft

    Constraint hostNationChanges(ConstraintFactory factory) {
        return factory.forEach(ExerciseAssignment.class)
                .join(ExerciseAssignment.class, equal(ExerciseAssignment::getHostNation),
                        lessThan(ExerciseAssignment::getOrder))
                .ifNotExists(ExerciseAssignment.class,
                        filtering((a, b, c) -> c.getOrder() > a.getOrder() && c.getOrder() < b.getOrder()))
                .penalize(HOST_REPEAT)
                .justifyWith((a, b, score) -> new HostRepeatJustification(a.getHostNation(), a.getId(), b.getId()))
                .asConstraint("Host nation changes");
    }

    Constraint hostingSharedFairly(ConstraintFactory factory) {
        return factory.forEach(ExerciseAssignment.class)
                .groupBy(ExerciseAssignment::getHostNation, count())
                .filter((nation, hosted) -> hosted > 1)
                .penalize(HOSTING_PAIR, (nation, hosted) -> hosted * (hosted - 1) / 2)
                .justifyWith((nation, hosted, score) -> new HostingShareJustification(nation, hosted))
                .asConstraint("Hosting shared fairly");
    }

    Constraint companyTrainsEveryYear(ConstraintFactory factory) {
        return factory.forEach(CompanyYear.class)
                .ifNotExists(Participation.class,
                        equal(CompanyYear::company, Participation::getCompany),
                        equal(CompanyYear::year, Participation::getYear),
                        filtering((cy, p) -> p.isParticipating()))
                .penalize(COMPANY_YEAR)
                .justifyWith((cy, score) -> new CompanyYearJustification(cy.company().id(), cy.year()))
                .asConstraint("Company trains every year");
    }

    Constraint exercisesSpreadOut(ConstraintFactory factory) {
        return factory.forEachUniquePair(ExerciseAssignment.class,
                        equal(a -> a.getExercise().year()))
                .filter((a, b) -> gapDays(a, b) < SPREAD_DAYS)
                .penalize(SPREAD_DAY, (a, b) -> SPREAD_DAYS - gapDays(a, b))
                .justifyWith((a, b, score) -> new SpreadJustification(a.getId(), b.getId(), gapDays(a, b)))
                .asConstraint("Exercises spread out");
    }

    /** Free days between the end of the earlier exercise and the start of the later (negative when they overlap). */
    static int gapDays(ExerciseAssignment a, ExerciseAssignment b) {
        ExerciseAssignment first = a.getStart().isAfter(b.getStart()) ? b : a;
        ExerciseAssignment second = first == a ? b : a;
        return (int) (second.getStart().toEpochDay() - first.getEnd().toEpochDay()) - 1;
    }

    Constraint shortTravel(ConstraintFactory factory) {
        return participating(factory)
                .penalize(TRAVEL_100KM, (p, a) -> (int) Math.round(p.getCompany().distanceKmTo(a.getArea()) / 100))
                .justifyWith((p, a, score) -> new TravelJustification(a.getId(), p.getCompany().id(), a.getArea().id(),
                        Math.round(p.getCompany().distanceKmTo(a.getArea()))))
                .asConstraint("Short travel");
    }

    Constraint participationBalancedAcrossNations(ConstraintFactory factory) {
        return factory.forEach(Participation.class)
                .groupBy(p -> p.getCompany().nation(), p -> p.getCompany().nationCompanies(),
                        conditionally(Participation::isParticipating, count()))
                .groupBy(toList(NationShare::new))
                .filter(shares -> imbalance(shares) > 0)
                .penalize(BALANCE, CalendarConstraintProvider::imbalance)
                .justifyWith((shares, score) -> new ParticipationBalanceJustification(shares))
                .asConstraint("Participation balanced across nations");
    }

    /**
     * Ten times the sum over nations of (participations − fair share)² / companies, where a nation's fair
     * share of all participations is proportional to the number of companies it contributes.
     */
    static int imbalance(List<NationShare> shares) {
        double participations = shares.stream().mapToInt(NationShare::participations).sum();
        double companies = shares.stream().mapToInt(NationShare::companies).sum();
        if (companies == 0) {
            return 0;
        }
        double sum = 0;
        for (NationShare share : shares) {
            double fair = share.companies() * participations / companies;
            double deviation = share.participations() - fair;
            sum += deviation * deviation / Math.max(1, share.companies());
        }
        return (int) Math.round(10 * sum);
    }

    Constraint maintainersInHqRoster(ConstraintFactory factory) {
        return participating(factory)
                .join(RosterCoverage.class,
                        filtering((p, a, r) -> Span.overlapDays(a.getStart(), a.getEnd(), r.from(), r.to()) > 0
                                && !r.standards().containsAll(p.getCompany().standards())))
                .penalize(MAINTAINER, (p, a, r) -> missingStandards(p, r).size())
                .justifyWith((p, a, r, score) -> new MaintainerJustification(a.getId(), p.getCompany().id(),
                        r.period(), missingStandards(p, r)))
                .asConstraint("Maintainers in HQ roster");
    }

    static Set<String> missingStandards(Participation p, RosterCoverage r) {
        Set<String> missing = new HashSet<>(p.getCompany().standards());
        missing.removeAll(r.standards());
        return missing;
    }
}
