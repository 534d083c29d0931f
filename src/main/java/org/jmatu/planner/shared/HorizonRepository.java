package org.jmatu.planner.shared;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HorizonRepository extends JpaRepository<Horizon, Long> {

    Optional<Horizon> findFirstByOrderById();
}
