package org.jmatu.planner.notifications;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the daily reminder of due requests ({@link NotificationService#remindDue()}). */
@Configuration
@EnableScheduling
class NotificationScheduling {
}
