package org.jmatu.planner.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is signed in, read from the security context. Static, because services and listeners ask it from
 * anywhere (Vaadin's session-aware holder strategy makes the context reachable in UI callbacks too).
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<PlannerUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PlannerUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The name that goes into the audit trail: the signed-in user, or "system" for start-up work. */
    public static String username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    public static boolean hasRole(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
    }

    /**
     * The nation a signed-in liaison officer is bound to. Empty for every other role, so callers narrow
     * what they show only when this is present.
     */
    public static Optional<String> liaisonNation() {
        if (!hasRole(Role.LIAISON)) {
            return Optional.empty();
        }
        // a liaison without a nation sees nothing rather than everything
        return Optional.of(get().map(PlannerUser::nationCode).orElse("-"));
    }
}
