/**
 * Notifications: what concerns each account (new, due and answered sourcing requests, published rosters and
 * calendars, returned rosters) in the header's bell and, where mail is on, by e-mail. It listens to the events of
 * planning and sourcing; nothing depends on it.
 */
package org.jmatu.planner.notifications;
