package com.eventlens.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

import com.eventlens.console.AccountDetails;
import com.eventlens.console.AccountManagement;
import com.eventlens.console.NewAccount;
import com.eventlens.shared.security.ConsoleRole;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.confirmdialog.ConfirmDialogTester;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.notification.Notification;

/**
 * The admins' Accounts page without a browser: the list with role, status and managed events, creating an account
 * (with every problem under its field and nothing stored), disabling, resetting a password, deleting with a
 * confirmation, the last-admin rule, and that nobody else can open it. Changing one's own password from the user
 * menu is here too. The whole flow in Chromium is AccountsBrowserIT.
 */
@SpringBootTest
@WithUserDetails("admin")
class AccountsViewTests extends SpringBrowserlessTest {

    static final String PASSWORD = "a long enough secret";

    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdminSeesEveryAccountWithRoleStatusAndTheEventsItManages() {
        AccountsView view = navigate(AccountsView.class);

        AccountDetails manager = row(view, "manager");
        assertThat(manager.role()).isEqualTo(ConsoleRole.EVENT_MANAGER);
        assertThat(manager.enabled()).isTrue();
        assertThat(manager.managedEvents()).extracting(event -> event.name()).containsExactly("Virtually Live!");
        assertThat(test(view.grid).getCellText(index(view, "manager"), 5)).isEqualTo("Virtually Live!");
        assertThat(test(view.grid).getCellText(index(view, "admin"), 5)).isEqualTo("All events");
        assertThat(test(view.grid).size()).isEqualTo(count("select count(*) from console_account"));
    }

    @Test
    @WithUserDetails("manager")
    void forAnEventManagerThePageDoesNotExist() {
        navigate("accounts", NotFoundView.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void aNewAccountWithProblemsShowsEachUnderItsFieldAndStoresNothing() {
        AccountsView view = navigate(AccountsView.class);
        AccountDialog dialog = newAccountDialog(view);
        dialog.username.setValue("Not Valid!");
        dialog.email.setValue("not-an-address");
        dialog.password.setValue("short");

        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.displayName.getErrorMessage()).isEqualTo("Display name is required.");
        assertThat(dialog.email.getErrorMessage()).contains("is not a valid e-mail address");
        assertThat(dialog.password.getErrorMessage()).contains("at least 12 characters");
        assertThat(count("select count(*) from console_account where email = 'not-an-address'")).isZero();
    }

    @Test
    void anAdminCreatesAnEventManagerWhoSignsInWithTheInitialPassword() {
        AccountsView view = navigate(AccountsView.class);
        String username = fresh();
        AccountDialog dialog = newAccountDialog(view);
        dialog.username.setValue(username);
        dialog.displayName.setValue("Eric Grant");
        dialog.email.setValue("eric.grant@kaltura.com");
        dialog.password.setValue(PASSWORD);

        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        AccountDetails created = row(view, username);
        assertThat(created.role()).as("the dialog's default role").isEqualTo(ConsoleRole.EVENT_MANAGER);
        assertThat(created.managedEvents()).extracting(event -> event.name()).containsExactly("Virtually Live!");
        assertThat(lastNotification()).contains("Account " + username + " created");
        assertThat(passwords.matches(PASSWORD, users.loadUserByUsername(username).getPassword())).isTrue();
    }

    @Test
    void aTakenUsernameIsSaidAboveTheButtons() {
        AccountsView view = navigate(AccountsView.class);
        AccountDialog dialog = newAccountDialog(view);
        dialog.username.setValue("MANAGER");
        dialog.displayName.setValue("Someone Else");
        dialog.email.setValue("someone@example.com");
        dialog.password.setValue(PASSWORD);

        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.conflict.isVisible()).isTrue();
        assertThat(dialog.conflict.getText()).contains("is taken");
    }

    @Test
    void disablingAnAccountShowsItAndStopsItsSignIn() {
        String username = createAccount();
        AccountsView view = navigate(AccountsView.class);

        click(menuOf(view, username), "Disable");

        assertThat(row(view, username).enabled()).isFalse();
        assertThat(users.loadUserByUsername(username).isEnabled()).isFalse();
        assertThat(menuItems(menuOf(view, username))).contains("Enable");
        click(menuOf(view, username), "Enable");
        assertThat(users.loadUserByUsername(username).isEnabled()).isTrue();
    }

    @Test
    void aGeneratedPasswordIsShownOnceAndReplacesTheOldOne() {
        String username = createAccount();
        AccountsView view = navigate(AccountsView.class);
        click(menuOf(view, username), "Reset password");
        PasswordResetDialog dialog = $(PasswordResetDialog.class).last();

        test(dialog.generate).click();

        String generated = dialog.generated.getText();
        assertThat(generated).hasSize(20).matches("[a-zA-Z2-9]+");
        UserDetails account = users.loadUserByUsername(username);
        assertThat(passwords.matches(generated, account.getPassword())).isTrue();
        assertThat(passwords.matches(PASSWORD, account.getPassword())).isFalse();
    }

    @Test
    void aPasswordTheAdminTypesMeetsTheRules() {
        String username = createAccount();
        AccountsView view = navigate(AccountsView.class);
        click(menuOf(view, username), "Reset password");
        PasswordResetDialog dialog = $(PasswordResetDialog.class).last();

        dialog.password.setValue(username);
        test(dialog.set).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isNotBlank();
        assertThat(passwords.matches(PASSWORD, users.loadUserByUsername(username).getPassword())).isTrue();
    }

    @Test
    void deletingAsksFirstAndThenRemovesTheAccount() {
        String username = createAccount();
        AccountsView view = navigate(AccountsView.class);
        click(menuOf(view, username), "Delete");
        ConfirmDialog confirm = $(ConfirmDialog.class).last();
        assertThat(count("select count(*) from console_account where username = '" + username + "'"))
                .as("nothing happens before the confirmation").isOne();

        new ConfirmDialogTester(confirm).confirm();

        assertThat(count("select count(*) from console_account where username = '" + username + "'")).isZero();
        assertThat(usernames(view)).doesNotContain(username);
    }

    @Test
    void theLastEnabledAdminCannotDisableItself() {
        List<String> otherAdmins = jdbc.sql("select username from console_account where role = 'ADMIN' and enabled "
                + "and username <> 'admin'").query(String.class).list();
        jdbc.sql("update console_account set enabled = false where username in (:names)")
                .param("names", otherAdmins.isEmpty() ? List.of("") : otherAdmins).update();
        try {
            AccountsView view = navigate(AccountsView.class);

            click(menuOf(view, "admin"), "Disable");

            assertThat(lastNotification()).contains("last enabled admin");
            assertThat(users.loadUserByUsername("admin").isEnabled()).isTrue();
        } finally {
            jdbc.sql("update console_account set enabled = true where username in (:names)")
                    .param("names", otherAdmins.isEmpty() ? List.of("") : otherAdmins).update();
        }
    }

    @Test
    void everyoneChangesTheirOwnPasswordFromTheUserMenuWithTheCurrentOne() {
        String username = createAccount();
        signInAs(username);
        navigate(EventsView.class);
        UserMenu menu = $(UserMenu.class).first();

        new MenuBarTester<>($(MenuBar.class, menu).first()).clickItem(0, 0);
        ChangePasswordDialog dialog = $(ChangePasswordDialog.class).last();
        dialog.current.setValue("not my password");
        dialog.next.setValue("my very own secret");
        dialog.repeat.setValue("my very own secret");
        test(dialog.save).click();
        assertThat(dialog.current.getErrorMessage()).isEqualTo("This is not your current password.");

        dialog.current.setValue(PASSWORD);
        dialog.repeat.setValue("my very own secreT");
        test(dialog.save).click();
        assertThat(dialog.repeat.getErrorMessage()).isEqualTo("Type the same new password twice.");

        dialog.repeat.setValue("my very own secret");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(passwords.matches("my very own secret", users.loadUserByUsername(username).getPassword()))
                .isTrue();
    }

    private String createAccount() {
        String username = fresh();
        accounts.create(new NewAccount(username, "Test Person", username + "@accounts.example",
                ConsoleRole.EVENT_MANAGER, PASSWORD));
        return username;
    }

    private void signInAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static String fresh() {
        return "view-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private AccountDialog newAccountDialog(AccountsView view) {
        test(view.create).click();
        return $(AccountDialog.class).last();
    }

    private List<String> usernames(AccountsView view) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).username()).toList();
    }

    private int index(AccountsView view, String username) {
        int row = usernames(view).indexOf(username);
        assertThat(row).as(username + " is listed").isNotNegative();
        return row;
    }

    private AccountDetails row(AccountsView view, String username) {
        return test(view.grid).getRow(index(view, username));
    }

    private MenuBar menuOf(AccountsView view, String username) {
        return (MenuBar) test(view.grid).getCellComponent(index(view, username), "actions");
    }

    private static List<String> menuItems(MenuBar menu) {
        return menu.getItems().getFirst().getSubMenu().getItems().stream().map(item -> item.getText()).toList();
    }

    private static void click(MenuBar menu, String item) {
        assertThat(menuItems(menu)).contains(item);
        new MenuBarTester<>(menu).clickItem(0, menuItems(menu).indexOf(item));
    }

    private String lastNotification() {
        return test($(Notification.class).last()).getText();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Long.class).single().intValue();
    }
}
