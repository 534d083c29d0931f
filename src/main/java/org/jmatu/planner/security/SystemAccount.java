package org.jmatu.planner.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the application does on its own, such as loading the demo unit on first start, goes through the
 * same guarded services as a user's edits; it runs as a planner named "system" so the audit trail says so.
 */
public final class SystemAccount {

    private SystemAccount() {
    }

    public static <T> T runAsPlanner(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        PlannerUser system = new PlannerUser("system", "{noop}-", true, Role.PLANNER, null);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAsPlanner(Runnable work) {
        runAsPlanner(() -> {
            work.run();
            return null;
        });
    }
}
