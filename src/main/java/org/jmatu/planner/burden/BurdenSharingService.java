package org.jmatu.planner.burden;

import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jmatu.planner.planning.CurrentPlanService;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.Scenario;
import org.jmatu.planner.scenario.database.ScenarioExporter;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.shared.EditConflictException;
import org.jmatu.planner.shared.Rank;
import org.jmatu.planner.shared.RecordGuard;
import org.jmatu.planner.shared.VersionedEntity;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Burden sharing of the data set in use, from its current (published) roster and calendar: who contributed what in a
 * year against the agreed shares. The planners (the J8) keep the agreed shares and the cost model; a save from a
 * stale copy is an edit conflict, and both records keep an audit trail.
 */
@Service
@RolesAllowed({Role.PLANNER_NAME, Role.COMMANDER_NAME})
public class BurdenSharingService {

    private final ScenarioExporter scenarios;
    private final CurrentPlanService plans;
    private final FundingAgreementRepository agreements;
    private final CostModelRepository models;
    private final RecordGuard guard;

    BurdenSharingService(ScenarioExporter scenarios, CurrentPlanService plans, FundingAgreementRepository agreements,
                         CostModelRepository models, RecordGuard guard) {
        this.scenarios = scenarios;
        this.plans = plans;
        this.agreements = agreements;
        this.models = models;
        this.guard = guard;
    }

    /** The years of the horizon; empty while no planning horizon is set up. */
    public List<Integer> years() {
        return scenarios.current().map(BurdenSharing::years).orElse(List.of());
    }

    /** The year's burden from what is published (nothing published: housing only); empty without a horizon. */
    public Optional<BurdenYear> year(int year) {
        return scenarios.current().map(scenario -> BurdenSharing.of(scenario, plans.published().orElseThrow(), year));
    }

    /** The garrisons whose places and upkeep count as housing provided; none while no horizon is set up. */
    public List<Growth.Garrison> garrisons() {
        return scenarios.current().map(scenario -> scenario.growth().garrisons()).orElse(List.of());
    }

    /** The agreed shares as stored; none agreed yet: an agreement without shares, to be saved as new. */
    @Transactional(readOnly = true)
    public FundingAgreement agreement() {
        return agreements.findFirstByOrderByIdAsc().orElseGet(FundingAgreement::none);
    }

    /** The cost model as stored; empty where the data set has none (no money figures then). */
    @Transactional(readOnly = true)
    public Optional<CostModel> costModel() {
        return models.findFirstByOrderByIdAsc();
    }

    /**
     * Stores the agreed shares. Refused (a {@code ConstraintViolationException}) unless they make 100 %; an edit
     * conflict where someone saved them since {@code agreement} was read.
     */
    @Transactional
    @RolesAllowed(Role.PLANNER_NAME)
    public FundingAgreement save(FundingAgreement agreement) {
        return saveTheOne(agreements, agreement, "Funding agreement");
    }

    /**
     * Stores the cost model, which the year's money figures then use. Refused (a {@code ConstraintViolationException})
     * when a figure is missing or negative, the currency no ISO 4217 code, or bands overlap; an edit conflict where
     * someone saved the model since {@code model} was read.
     */
    @Transactional
    @RolesAllowed(Role.PLANNER_NAME)
    public CostModel save(CostModel model) {
        return saveTheOne(models, model, "Cost model");
    }

    /**
     * A data set has one record of each: a new one saved while another planner's new one is stored already meets
     * that one as a conflict, as a stale copy does.
     */
    private <T extends VersionedEntity> T saveTheOne(JpaRepository<T, Long> repository, T record, String noun) {
        if (record.isNew()) {
            Optional<T> stored = repository.findAll().stream().findFirst();
            if (stored.isPresent()) {
                throw new EditConflictException(noun, stored.get());
            }
        }
        return guard.save(repository, record);
    }

    /**
     * Every rank the unit's posts take (each post's band, lowest to highest): the ranks a cost model should price
     * ({@link CostModel#unpriced}).
     */
    public Set<Rank> postRanks() {
        Set<Rank> ranks = new TreeSet<>();
        scenarios.current().ifPresent(scenario -> scenario.posts().forEach(post -> ranks.addAll(ranks(post))));
        return ranks;
    }

    private static List<Rank> ranks(Scenario.Post post) {
        Rank min = Rank.fromCode(post.rankMin());
        Rank max = Rank.fromCode(post.rankMax());
        return Arrays.stream(Rank.values()).filter(rank -> rank.within(min, max)).toList();
    }
}
