package org.jmatu.planner.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jmatu.planner.shared.VersionedEntity;

/**
 * One notification to one account. Its words are kept as a bundle key and arguments, so that it reads in the
 * language of whoever opens it; {@code link} is the route it leads to.
 */
@Entity
@Table(name = "notification")
public class Notification extends VersionedEntity {

    /** Joins the arguments in one column: a character no argument (codes, numbers, dates, comments) contains. */
    private static final String SEPARATOR = "\u001f";

    private String recipient;
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;
    private String textKey;
    private String textArgs;
    private String link;
    private Instant createdAt;
    private Instant readAt;

    protected Notification() {
    }

    Notification(String recipient, NotificationKind kind, String textKey, List<String> args, String link,
                 Instant createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.textKey = textKey;
        this.textArgs = joined(args);
        this.link = link;
        this.createdAt = createdAt;
    }

    static String joined(List<String> args) {
        return String.join(SEPARATOR, args);
    }

    void markRead(Instant when) {
        if (readAt == null) {
            readAt = when;
        }
    }

    public Object[] args() {
        return textArgs.isEmpty() ? new Object[0] : Arrays.stream(textArgs.split(SEPARATOR, -1)).toArray();
    }

    public String getRecipient() { return recipient; }
    public NotificationKind getKind() { return kind; }
    public String getTextKey() { return textKey; }
    public String getLink() { return link; }
    public Instant getCreatedAt() { return createdAt; }
    public boolean isRead() { return readAt != null; }
}
