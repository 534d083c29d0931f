package org.jmatu.planner.planning.rotation.domain;

/** An unfilled active slot with a reason a planner can act on (docs/file-formats.md plan {@code gaps}). */
public record Gap(String post, int period, String reason) {
}
