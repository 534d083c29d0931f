package org.jmatu.planner.security;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jmatu.planner.shared.NationService;
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
    private final NationService nations;

    AccountService(AccountRepository accounts, PasswordEncoder encoder, NationService nations) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.nations = nations;
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
        if (role == Role.LIAISON && nations.findByCode(nationCode).isEmpty()) {
            // an officer bound to no member nation would sign in to see nothing of anyone's
            throw new IllegalArgumentException("no member nation has the code " + nationCode);
        }
        return accounts.save(new Account(username, encoder.encode(password), role,
                role == Role.LIAISON ? nationCode : null));
    }

    public void resetPassword(String username, String password) {
        checkPassword(password);
        account(username).setPasswordHash(encoder.encode(password));
    }

    public void setEnabled(String username, boolean enabled) {
        if (!enabled && username.equals(CurrentUser.username())) {
            // the last administrator could lock everyone out of the accounts for good
            throw new IllegalArgumentException("you cannot disable your own account; another administrator can");
        }
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
