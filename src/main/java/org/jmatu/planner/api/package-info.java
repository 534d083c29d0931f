/**
 * The HTTP API under {@code /api}: the operations of the views for other systems and scripts (scenario export
 * and import, the current plan, a background solve, the plan checker, the liaison officers' calendar feed),
 * signed in with HTTP Basic against the same accounts and roles, bad files answered with the validation
 * report as RFC 9457 problem details, documented with OpenAPI at {@code /api/docs}. See docs/api.md.
 */
package org.jmatu.planner.api;
