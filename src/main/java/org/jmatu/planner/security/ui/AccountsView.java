package org.jmatu.planner.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jmatu.planner.security.Account;
import org.jmatu.planner.security.AccountService;
import org.jmatu.planner.security.CurrentUser;
import org.jmatu.planner.security.Role;
import org.jmatu.planner.ui.Notices;

/** The administrator's list of accounts: create one, reset a password, disable or enable. */
@RolesAllowed(Role.ADMIN_NAME)
@Route("accounts")
@PageTitle("Accounts")
@Menu(title = "Accounts", order = 110, icon = "vaadin:key")
public class AccountsView extends VerticalLayout {

    private final AccountService accounts;
    final Grid<Account> grid = new Grid<>();

    final TextField username = new TextField("User name");
    final ComboBox<Role> role = new ComboBox<>("Role", Role.values());
    final TextField nation = new TextField("Nation (liaison)");
    final PasswordField password = new PasswordField("Password");
    final Button create = new Button("Create", event -> create());

    final PasswordField newPassword = new PasswordField("New password");
    final Button reset = new Button("Reset password", event -> reset());
    final Button toggle = new Button("Disable", event -> toggle());

    AccountsView(AccountService accounts) {
        this.accounts = accounts;
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
        add(createRow, selectedRow, grid);
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
