package org.jmatu.planner.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jmatu.planner.security.Account;
import org.jmatu.planner.security.AccountService;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.security.SignInBlock;
import org.jmatu.planner.security.SignInThrottle;
import org.jmatu.planner.ui.Notices;

/**
 * The administrator's list of accounts: create one, reset a password, disable or enable; and the accounts and
 * client addresses that may not sign in now after too many failures, whose lock the administrator can lift.
 */
@RolesAllowed(Role.ADMIN_NAME)
@Route("accounts")
@PageTitle("Accounts")
@Menu(title = "Accounts", order = 110, icon = "vaadin:key")
public class AccountsView extends VerticalLayout {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final AccountService accounts;
    private final SignInThrottle throttle;
    final Grid<Account> grid = new Grid<>();
    final Grid<SignInBlock> blocks = new Grid<>();
    final Button lift = new Button("Lift lock", event -> lift());

    final TextField username = new TextField("User name");
    final ComboBox<Role> role = new ComboBox<>("Role", Role.values());
    final TextField nation = new TextField("Nation (liaison)");
    final PasswordField password = new PasswordField("Password");
    final Button create = new Button("Create", event -> create());

    final PasswordField newPassword = new PasswordField("New password");
    final Button reset = new Button("Reset password", event -> reset());
    final Button toggle = new Button("Disable", event -> toggle());

    AccountsView(AccountService accounts, SignInThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
        setSizeFull();
        username.setMaxLength(40);
        nation.setMaxLength(3);
        nation.setWidth("8em");
        password.setMaxLength(72);
        newPassword.setMaxLength(72);
        grid.addColumn(Account::getUsername).setHeader("User name");
        grid.addColumn(account -> account.getRole().name().toLowerCase()).setHeader("Role");
        grid.addColumn(account -> account.getNationCode() == null ? "" : account.getNationCode()).setHeader("Nation");
        grid.addColumn(account -> account.isEnabled() ? "yes" : "no").setHeader("Enabled");
        grid.asSingleSelect().addValueChangeListener(event -> updateButtons());
        HorizontalLayout createRow = new HorizontalLayout(username, role, nation, password, create);
        createRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout selectedRow = new HorizontalLayout(newPassword, reset, toggle);
        selectedRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        blocks.addColumn(SignInBlock::subject).setHeader("Sign-in blocked for");
        blocks.addColumn(SignInBlock::failures).setHeader("Failures");
        blocks.addColumn(block -> block.locked() ? "locked" : "delayed").setHeader("State");
        blocks.addColumn(block -> UNTIL.format(block.until())).setHeader("Until");
        blocks.setAllRowsVisible(true);
        blocks.asSingleSelect().addValueChangeListener(event -> lift.setEnabled(event.getValue() != null));
        add(createRow, selectedRow, grid, new H3("Sign-in locks"), lift, blocks);
        refresh();
    }

    private void lift() {
        SignInBlock selected = blocks.asSingleSelect().getValue();
        throttle.lift(selected.subject());
        Notices.success(selected.subject() + " may sign in again");
        refresh();
    }

    private void create() {
        try {
            String code = nation.getValue().isBlank() ? null : nation.getValue().strip().toUpperCase();
            accounts.create(username.getValue().strip(), password.getValue(), role.getValue(), code);
            Notices.success("Created " + username.getValue());
            username.clear();
            password.clear();
            nation.clear();
            refresh();
        } catch (IllegalArgumentException | NullPointerException refused) {
            Notices.error(refused.getMessage() == null ? "fill in user name, role and password" : refused.getMessage());
        }
    }

    private void reset() {
        Account selected = grid.asSingleSelect().getValue();
        try {
            accounts.resetPassword(selected.getUsername(), newPassword.getValue());
            Notices.success("New password set for " + selected.getUsername());
            newPassword.clear();
        } catch (IllegalArgumentException refused) {
            Notices.error(refused.getMessage());
        }
    }

    private void toggle() {
        Account selected = grid.asSingleSelect().getValue();
        try {
            accounts.setEnabled(selected.getUsername(), !selected.isEnabled());
        } catch (IllegalArgumentException refused) {
            Notices.error(refused.getMessage());
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.findAll());
        blocks.setItems(throttle.blocks());
        lift.setEnabled(false);
        updateButtons();
    }

    private void updateButtons() {
        Account selected = grid.asSingleSelect().getValue();
        reset.setEnabled(selected != null);
        // the service refuses it too; the button does not offer it
        toggle.setEnabled(selected != null && !selected.getUsername().equals(CurrentUser.username()));
        toggle.setText(selected != null && !selected.isEnabled() ? "Enable" : "Disable");
    }
}
