package org.jmatu.planner.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
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
import org.jmatu.planner.shared.I18n;
import org.jmatu.planner.ui.Notices;

/**
 * The administrator's list of accounts: create one, reset a password, disable or enable; and the accounts and
 * client addresses that may not sign in now after too many failures, whose lock the administrator can lift.
 */
@RolesAllowed(Role.ADMIN_NAME)
@Route("accounts")
@Menu(title = "Accounts", order = 110, icon = "vaadin:key")
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final SignInThrottle throttle;
    final Grid<Account> grid = new Grid<>();
    final Grid<SignInBlock> blocks = new Grid<>();
    final Button lift = new Button(getTranslation("locks.lift"), event -> lift());

    final TextField username = new TextField(getTranslation("accounts.username"));
    final ComboBox<Role> role = new ComboBox<>(getTranslation("accounts.role"), Role.values());
    final TextField nation = new TextField(getTranslation("accounts.nation.liaison"));
    final PasswordField password = new PasswordField(getTranslation("accounts.password"));
    final Button create = new Button(getTranslation("accounts.create"), event -> create());

    final PasswordField newPassword = new PasswordField(getTranslation("accounts.new-password"));
    final Button reset = new Button(getTranslation("accounts.reset"), event -> reset());
    final Button toggle = new Button(getTranslation("accounts.disable"), event -> toggle());
    final EmailField email = new EmailField(getTranslation("accounts.email"));
    final Button setEmail = new Button(getTranslation("accounts.set-email"), event -> setEmail());

    AccountsView(AccountService accounts, SignInThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
        setSizeFull();
        username.setMaxLength(40);
        nation.setMaxLength(3);
        nation.setWidth("8em");
        password.setMaxLength(72);
        newPassword.setMaxLength(72);
        role.setItemLabelGenerator(Role::label);
        grid.addColumn(Account::getUsername).setHeader(getTranslation("accounts.username"));
        grid.addColumn(account -> account.getRole().label()).setHeader(getTranslation("accounts.role"));
        grid.addColumn(account -> account.getNationCode() == null ? "" : account.getNationCode())
                .setHeader(getTranslation("accounts.nation"));
        grid.addColumn(account -> account.getLanguage().nativeName()).setHeader(getTranslation("accounts.language"));
        grid.addColumn(account -> account.getEmail() == null ? "" : account.getEmail())
                .setHeader(getTranslation("accounts.email"));
        grid.addColumn(account -> getTranslation(account.isEnabled() ? "accounts.yes" : "accounts.no"))
                .setHeader(getTranslation("accounts.enabled"));
        grid.asSingleSelect().addValueChangeListener(event -> updateButtons());
        HorizontalLayout createRow = new HorizontalLayout(username, role, nation, password, create);
        createRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        email.setMaxLength(254);
        HorizontalLayout selectedRow = new HorizontalLayout(newPassword, reset, toggle, email, setEmail);
        selectedRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        DateTimeFormatter until = DateTimeFormatter.ofPattern(I18n.language().datePattern() + " HH:mm:ss 'UTC'")
                .withZone(ZoneOffset.UTC);
        blocks.addColumn(SignInBlock::subject).setHeader(getTranslation("locks.subject"));
        blocks.addColumn(SignInBlock::failures).setHeader(getTranslation("locks.failures"));
        blocks.addColumn(block -> getTranslation(block.locked() ? "locks.locked" : "locks.delayed"))
                .setHeader(getTranslation("locks.state"));
        blocks.addColumn(block -> until.format(block.until())).setHeader(getTranslation("locks.until"));
        blocks.setAllRowsVisible(true);
        blocks.asSingleSelect().addValueChangeListener(event -> lift.setEnabled(event.getValue() != null));
        add(createRow, selectedRow, grid, new H3(getTranslation("locks.title")), lift, blocks);
        refresh();
    }

    private void lift() {
        SignInBlock selected = blocks.asSingleSelect().getValue();
        throttle.lift(selected.subject());
        Notices.success(getTranslation("locks.lifted", selected.subject()));
        refresh();
    }

    private void create() {
        try {
            String code = nation.getValue().isBlank() ? null : nation.getValue().strip().toUpperCase();
            accounts.create(username.getValue().strip(), password.getValue(), role.getValue(), code);
            Notices.success(getTranslation("accounts.created", username.getValue()));
            username.clear();
            password.clear();
            nation.clear();
            refresh();
        } catch (IllegalArgumentException | NullPointerException refused) {
            Notices.error(refused.getMessage() == null ? getTranslation("accounts.incomplete") : refused.getMessage());
        }
    }

    private void reset() {
        Account selected = grid.asSingleSelect().getValue();
        try {
            accounts.resetPassword(selected.getUsername(), newPassword.getValue());
            Notices.success(getTranslation("accounts.password-set", selected.getUsername()));
            newPassword.clear();
        } catch (IllegalArgumentException refused) {
            Notices.error(refused.getMessage());
        }
    }

    /** The address notifications also go to by e-mail; an empty field removes it. */
    private void setEmail() {
        Account selected = grid.asSingleSelect().getValue();
        try {
            accounts.setEmail(selected.getUsername(), email.getValue());
            Notices.success(getTranslation("accounts.email-set", selected.getUsername()));
        } catch (IllegalArgumentException refused) {
            Notices.error(refused.getMessage());
        }
        refresh();
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
        setEmail.setEnabled(selected != null);
        email.setValue(selected == null || selected.getEmail() == null ? "" : selected.getEmail());
        // the service refuses it too; the button does not offer it
        toggle.setEnabled(selected != null && !selected.getUsername().equals(CurrentUser.username()));
        toggle.setText(getTranslation(selected != null && !selected.isEnabled() ? "accounts.enable" : "accounts.disable"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.accounts");
    }
}
