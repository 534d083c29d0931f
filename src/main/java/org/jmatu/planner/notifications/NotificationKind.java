package org.jmatu.planner.notifications;

/** What a notification is about; the bell shows them alike, the kind says where its link leads. */
public enum NotificationKind {
    REQUESTS_RAISED, REQUEST_DUE, REQUEST_ANSWERED, REQUEST_DECIDED, ROSTER_PUBLISHED, ROSTER_RETURNED,
    CALENDAR_PUBLISHED
}
