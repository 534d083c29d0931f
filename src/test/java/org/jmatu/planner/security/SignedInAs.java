package org.jmatu.planner.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Puts a user of a role (and, for a liaison officer, a nation) into the security context of the test thread. */
public final class SignedInAs {

    /** The security context holder of the running test's Spring context, if it has one (see SignedInAsPlanner). */
    static volatile SecurityContextHolderStrategy strategy;

    private SignedInAs() {
    }

    public static PlannerUser user(String username, Role role, String nation) {
        PlannerUser user = new PlannerUser(username, "{noop}x", true, role, nation);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (strategy != null) {
            strategy.setContext(context);
        }
        return user;
    }

    public static PlannerUser planner() {
        return user("planner", Role.PLANNER, null);
    }

    public static PlannerUser commander() {
        return user("commander", Role.COMMANDER, null);
    }

    public static PlannerUser admin() {
        return user("admin", Role.ADMIN, null);
    }

    public static PlannerUser liaison(String nation) {
        return user("liaison-" + nation.toLowerCase(), Role.LIAISON, nation);
    }

    public static void nobody() {
        SecurityContextHolder.clearContext();
        if (strategy != null) {
            strategy.clearContext();
        }
    }
}
