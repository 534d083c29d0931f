package org.jmatu.planner.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignInLockRepository extends JpaRepository<SignInLock, Long> {

    Optional<SignInLock> findFirstBySubjectOrderByIdDesc(String subject);
}
