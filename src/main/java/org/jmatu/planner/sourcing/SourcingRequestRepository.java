package org.jmatu.planner.sourcing;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SourcingRequestRepository extends JpaRepository<SourcingRequest, Long> {

    List<SourcingRequest> findByStateIn(Collection<RequestState> states);

    List<SourcingRequest> findAllByOrderByDueDateAscIdAsc();
}
