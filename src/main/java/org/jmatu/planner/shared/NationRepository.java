package org.jmatu.planner.shared;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NationRepository extends JpaRepository<Nation, Long> {

    Optional<Nation> findByCode(String code);

    List<Nation> findAllByOrderByCode();
}
