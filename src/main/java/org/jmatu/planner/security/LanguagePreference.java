package org.jmatu.planner.security;

import java.util.Optional;
import org.jmatu.planner.shared.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The interface language each account keeps: everyone reads and changes their own, whatever their role. */
@Service
@Transactional
public class LanguagePreference {

    private final AccountRepository accounts;

    LanguagePreference(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The signed-in user's language; empty for a user with no account row (tests, the system). */
    @Transactional(readOnly = true)
    public Optional<Language> current() {
        return CurrentUser.get().flatMap(user -> accounts.findByUsername(user.getUsername()))
                .map(Account::getLanguage);
    }

    /** Remembers the signed-in user's choice for their next sign-in; nothing to remember without an account. */
    public void choose(Language language) {
        CurrentUser.get().flatMap(user -> accounts.findByUsername(user.getUsername()))
                .ifPresent(account -> account.setLanguage(language));
    }
}
