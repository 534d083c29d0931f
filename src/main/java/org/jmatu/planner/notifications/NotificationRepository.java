package org.jmatu.planner.notifications;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    long countByRecipientAndReadAtIsNull(String recipient);

    List<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

    List<Notification> findByRecipientAndReadAtIsNull(String recipient);

    boolean existsByRecipientAndKindAndTextArgs(String recipient, NotificationKind kind, String textArgs);
}
