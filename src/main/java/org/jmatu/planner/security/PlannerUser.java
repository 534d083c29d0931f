package org.jmatu.planner.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in principal: a Spring Security user that also knows its role and, for a liaison, its nation. */
public class PlannerUser extends User {

    private final Role role;
    private final String nationCode;

    public PlannerUser(String username, String passwordHash, boolean enabled, Role role, String nationCode) {
        super(username, passwordHash, enabled, true, true, true, authorities(role));
        this.role = role;
        this.nationCode = nationCode;
    }

    private static Collection<? extends GrantedAuthority> authorities(Role role) {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    public Role role() {
        return role;
    }

    /** The liaison officer's nation code, or null for the other roles. */
    public String nationCode() {
        return nationCode;
    }
}
