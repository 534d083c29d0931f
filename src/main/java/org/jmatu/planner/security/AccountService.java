package org.jmatu.planner.security;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.regex.Pattern;
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.shared.NationService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts: only an administrator lists, creates, resets or disables them. A refusal is worded in the
 * administrator's language when it comes from a view, in English otherwise ({@link I18n}).
 */
@Service
@Transactional
@RolesAllowed(Role.ADMIN_NAME)
public class AccountService {

    static final int MIN_PASSWORD = 8;
    /** One "@", something either side, no spaces, at most the column's 254 characters. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

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
            throw new IllegalArgumentException(I18n.t("accounts.error.exists", username));
        }
        if ((role == Role.LIAISON) != (nationCode != null && !nationCode.isBlank())) {
            throw new IllegalArgumentException(I18n.t("accounts.error.nation"));
        }
        if (role == Role.LIAISON && nations.findByCode(nationCode).isEmpty()) {
            // an officer bound to no member nation would sign in to see nothing of anyone's
            throw new IllegalArgumentException(I18n.t("accounts.error.no-nation", nationCode));
        }
        return accounts.save(new Account(username, encoder.encode(password), role,
                role == Role.LIAISON ? nationCode : null));
    }

    public void resetPassword(String username, String password) {
        checkPassword(password);
        account(username).setPasswordHash(encoder.encode(password));
    }

    /** The address notifications also go to by e-mail; blank for none. */
    public void setEmail(String username, String email) {
        if (email != null && !email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
            throw new IllegalArgumentException(I18n.t("accounts.error.email", email.strip()));
        }
        account(username).setEmail(email);
    }

    public void setEnabled(String username, boolean enabled) {
        if (!enabled && username.equals(CurrentUser.username())) {
            // the last administrator could lock everyone out of the accounts for good
            throw new IllegalArgumentException(I18n.t("accounts.error.own"));
        }
        account(username).setEnabled(enabled);
    }

    private Account account(String username) {
        return accounts.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException(I18n.t("accounts.error.no-account", username)));
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 72) {
            // BCrypt reads at most 72 bytes: a longer password would be cut silently
            throw new IllegalArgumentException(I18n.t("accounts.error.password"));
        }
    }
}
