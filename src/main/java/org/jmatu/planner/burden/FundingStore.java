package org.jmatu.planner.burden;

import java.util.List;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.scenario.database.GrowthPart;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreed funding shares and the cost model of the data set in use, as a part of the scenario's growth: what a
 * data set's export writes and an upload stores. A write updates the stored records in place, so that they keep
 * their audit trail.
 */
@Component
class FundingStore implements GrowthPart {

    private final FundingAgreementRepository agreements;
    private final CostModelRepository models;

    FundingStore(FundingAgreementRepository agreements, CostModelRepository models) {
        this.agreements = agreements;
        this.models = models;
    }

    @Override
    @Transactional(readOnly = true)
    public Growth read(Growth growth) {
        return growth.withFunding(agreements.findFirstByOrderByIdAsc().map(FundingAgreement::figures)
                .orElse(List.of()), models.findFirstByOrderByIdAsc().map(CostModel::figures).orElse(null));
    }

    @Override
    @Transactional
    public void write(Growth growth) {
        if (growth.fundingShares().isEmpty()) {
            agreements.findFirstByOrderByIdAsc().ifPresent(agreements::delete);
        } else {
            FundingAgreement agreement = agreements.findFirstByOrderByIdAsc().orElseGet(FundingAgreement::none);
            agreement.setFigures(growth.fundingShares());
            agreements.save(agreement);
        }
        if (growth.costModel() == null) {
            models.findFirstByOrderByIdAsc().ifPresent(models::delete);
        } else {
            CostModel model = models.findFirstByOrderByIdAsc().orElseGet(CostModel::blank);
            model.setFigures(growth.costModel());
            models.save(model);
        }
    }
}
