package org.jmatu.planner.security;

import java.util.List;
import org.jmatu.planner.shared.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On first start (no accounts yet) creates one account per role and one liaison officer per nation of the
 * demo unit, each with the password {@code <username>-demo} as the README lists. Goes to the repository,
 * not the admin-only service, since nobody is signed in yet.
 */
@Component
@ConditionalOnProperty(name = "planner.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoAccounts implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);
    static final List<String> LIAISON_NATIONS = List.of("KAZ", "USA", "RUS", "CHN", "KGZ", "UZB", "TJK");

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final ClusterLock lock;

    DemoAccounts(AccountRepository accounts, PasswordEncoder encoder, ClusterLock lock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.lock = lock;
    }

    static String password(String username) {
        return username + "-demo";
    }

    @Override
    public void run(ApplicationArguments args) {
        // several instances may start at once on an empty database: one creates them, the others find them
        lock.exclusively("demo-accounts", () -> {
            if (accounts.count() > 0) {
                return;
            }
            create("planner", Role.PLANNER, null);
            create("commander", Role.COMMANDER, null);
            create("admin", Role.ADMIN, null);
            for (String nation : LIAISON_NATIONS) {
                create("liaison-" + nation.toLowerCase(), Role.LIAISON, nation);
            }
            LOG.info("Created the demo accounts (password: <username>-demo)");
        });
    }

    private void create(String username, Role role, String nation) {
        accounts.save(new Account(username, encoder.encode(password(username)), role, nation));
    }
}
