package org.jmatu.planner.burden;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CostModelRepository extends JpaRepository<CostModel, Long> {

    /** The data set's model (there is at most one). */
    Optional<CostModel> findFirstByOrderByIdAsc();
}
