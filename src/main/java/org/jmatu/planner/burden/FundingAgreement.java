package org.jmatu.planner.burden;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.jmatu.planner.scenario.Growth;
import org.jmatu.planner.shared.VersionedEntity;

/**
 * The nations' agreed shares of the unit's cost, kept as one record: they are agreed together (they make 100 %), so a
 * planner who saves them from a stale copy meets the other's save as an edit conflict, whichever nations either
 * changed. One per data set; audited.
 */
@Entity
@Audited
public class FundingAgreement extends VersionedEntity {

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "funding_share", joinColumns = @JoinColumn(name = "agreement_id"))
    private Set<@Valid AgreedShare> shares = new LinkedHashSet<>();

    protected FundingAgreement() {
    }

    /** No shares agreed yet. */
    public static FundingAgreement none() {
        return new FundingAgreement();
    }

    /** Each within 0–1 and together 100 % (within {@link Growth#SHARE_TOLERANCE}); or none at all. */
    @AssertTrue(message = "{burden.shares.total}")
    public boolean isComplete() {
        double sum = shares.stream().mapToDouble(AgreedShare::getShare).sum();
        return shares.isEmpty() || Math.abs(sum - 1) <= Growth.SHARE_TOLERANCE;
    }

    /** The shares by nation code, as the scenario lists them. */
    public List<Growth.FundingShare> figures() {
        return shares.stream().sorted(Comparator.comparing(AgreedShare::getNationCode))
                .map(share -> new Growth.FundingShare(share.getNationCode(), share.getShare())).toList();
    }

    /** Replaces every share by {@code figures}, keeping this record's identity and version. */
    public void setFigures(List<Growth.FundingShare> figures) {
        shares.clear();
        figures.forEach(share -> shares.add(new AgreedShare(share.nation(), share.share())));
    }

    public Optional<Double> shareOf(String nationCode) {
        return shares.stream().filter(share -> share.getNationCode().equals(nationCode)).findFirst()
                .map(AgreedShare::getShare);
    }

    public Set<AgreedShare> getShares() { return shares; }

    @Override
    public String toString() {
        return figures().toString();
    }
}
