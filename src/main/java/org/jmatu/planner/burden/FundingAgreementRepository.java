package org.jmatu.planner.burden;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FundingAgreementRepository extends JpaRepository<FundingAgreement, Long> {

    /** The data set's agreement (there is at most one). */
    Optional<FundingAgreement> findFirstByOrderByIdAsc();
}
