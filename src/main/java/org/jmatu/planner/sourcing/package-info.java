/**
 * Force sourcing (issue 17): requests to the nations for the slots a published roster leaves open, the liaison
 * officers' offers and declines, and the planners' acceptance into the next solve. {@link
 * org.jmatu.planner.sourcing.SourcingService} is this module's API; the views are in {@code ui}.
 */
package org.jmatu.planner.sourcing;
