package org.jmatu.planner.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import org.jmatu.planner.security.Account;
import org.jmatu.planner.security.AccountService;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.security.SignedInAs;
import org.jmatu.planner.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The administrator creates an account, resets its password and disables it; what is stored is a BCrypt hash. */
class AccountsViewTest extends KaribuTest {

    @Autowired UserDetailsService users;
    @Autowired PasswordEncoder encoder;
    @Autowired AccountService accounts;

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

    /** Issue 15, defect 10: a liaison account for nation "XYZ" was accepted; an administrator could disable themselves. */
    @Test
    void aLiaisonAccountOfNoMemberNationAndDisablingOnesOwnAccountAreRefused() {
        signIn(SignedInAs.admin());
        AccountsView view = open(AccountsView.class);
        String name = "liaison-xyz-" + System.nanoTime() % 100000;
        _setValue(view.username, name);
        _setValue(view.role, Role.LIAISON);
        _setValue(view.nation, "XYZ");
        _setValue(view.password, "long-enough");
        _click(view.create);
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).contains("no member nation has the code XYZ"));
        assertThatThrownBy(() -> users.loadUserByUsername(name)).isInstanceOf(UsernameNotFoundException.class);

        Account own = GridKt._findAll(view.grid).stream().filter(a -> a.getUsername().equals("admin"))
                .findFirst().orElseThrow();
        view.grid.select(own);
        assertThat(view.toggle.isEnabled()).isFalse();
        assertThatThrownBy(() -> accounts.setEnabled("admin", false)).hasMessageContaining("your own account");
        assertThat(users.loadUserByUsername("admin").isEnabled()).isTrue();
    }
}
