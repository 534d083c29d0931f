package org.jmatu.planner.security;

import java.util.Collection;
import java.util.List;
import org.jmatu.planner.shared.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is told of what happens (notifications): the enabled accounts of some roles, or a nation's liaison officers,
 * with the language they read and their e-mail address where they gave one. No account's secrets leave this module.
 */
@Service
public class Recipients {

    /** An account to notify; {@code email} is null where it has none. */
    public record Recipient(String username, Role role, String email, Language language) {
    }

    private final AccountRepository accounts;

    Recipients(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The enabled accounts with one of {@code roles}. */
    @Transactional(readOnly = true)
    public List<Recipient> withRole(Collection<Role> roles) {
        return accounts.findAllByOrderByUsername().stream()
                .filter(account -> account.isEnabled() && roles.contains(account.getRole()))
                .map(Recipients::of).toList();
    }

    /** The enabled liaison officers of the nations {@code nations}. */
    @Transactional(readOnly = true)
    public List<Recipient> liaisonsOf(Collection<String> nations) {
        return accounts.findAllByOrderByUsername().stream()
                .filter(account -> account.isEnabled() && account.getRole() == Role.LIAISON
                        && nations.contains(account.getNationCode()))
                .map(Recipients::of).toList();
    }

    private static Recipient of(Account account) {
        return new Recipient(account.getUsername(), account.getRole(), account.getEmail(), account.getLanguage());
    }
}
