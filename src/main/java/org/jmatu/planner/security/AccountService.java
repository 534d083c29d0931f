package org.jmatu.planner.security;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts: only an administrator lists, creates, resets or disables them. */
@Service
@Transactional
@RolesAllowed(Role.ADMIN_NAME)
public class AccountService {

    static final int MIN_PASSWORD = 8;

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;

    AccountService(AccountRepository accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @Transactional(readOnly = true)
    public List<Account> findAll() {
        return accounts.findAllByOrderByUsername();
    }

    public Account create(String username, String password, Role role, String nationCode) {
        checkPassword(password);
        if (accounts.findByUsername(username).isPresent()) {
            throw new IllegalArgumentException("an account " + username + " already exists");
        }
        if ((role == Role.LIAISON) != (nationCode != null && !nationCode.isBlank())) {
            throw new IllegalArgumentException("a liaison officer needs a nation, and only a liaison officer has one");
        }
        return accounts.save(new Account(username, encoder.encode(password), role,
                role == Role.LIAISON ? nationCode : null));
    }

    public void resetPassword(String username, String password) {
        checkPassword(password);
        account(username).setPasswordHash(encoder.encode(password));
    }

    public void setEnabled(String username, boolean enabled) {
        account(username).setEnabled(enabled);
    }

    private Account account(String username) {
        return accounts.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("no account " + username));
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 72) {
            // BCrypt reads at most 72 bytes: a longer password would be cut silently
            throw new IllegalArgumentException("a password has 8 to 72 characters");
        }
    }
}
