package org.jmatu.planner.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import org.jmatu.planner.security.Account;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The administrator creates an account, resets its password and disables it; what is stored is a BCrypt hash. */
class AccountsViewTest extends KaribuTest {

    @Autowired UserDetailsService users;
    @Autowired PasswordEncoder encoder;

    @Test
    void anAdministratorCreatesResetsAndDisablesAnAccount() {
        UserDetails demo = users.loadUserByUsername("liaison-kgz");
        assertThat(demo.getPassword()).startsWith("{bcrypt}");
        assertThat(encoder.matches("liaison-kgz-demo", demo.getPassword())).isTrue();

        signIn(SignedInAs.admin());
        AccountsView view = open(AccountsView.class);
        String name = "j1-clerk-" + System.nanoTime() % 100000;
        _setValue(view.username, name);
        _setValue(view.role, Role.PLANNER);
        _setValue(view.password, "first-secret");
        _click(view.create);
        assertThat(encoder.matches("first-secret", users.loadUserByUsername(name).getPassword())).isTrue();

        Account created = GridKt._findAll(view.grid).stream().filter(a -> a.getUsername().equals(name))
                .findFirst().orElseThrow();
        view.grid.select(created);
        _setValue(view.newPassword, "second-secret");
        _click(view.reset);
        assertThat(encoder.matches("second-secret", users.loadUserByUsername(name).getPassword())).isTrue();

        _click(view.toggle);
        assertThat(users.loadUserByUsername(name).isEnabled()).isFalse();
    }
}
