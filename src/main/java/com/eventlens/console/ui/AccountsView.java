package com.eventlens.console.ui;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.Collectors;

import com.eventlens.console.AccountChanges;
import com.eventlens.console.AccountConflict;
import com.eventlens.console.AccountDetails;
import com.eventlens.console.AccountManagement;
import com.eventlens.console.ManagedEvent;
import com.eventlens.shared.security.ConsoleRole;
import com.eventlens.shared.security.ConsoleUser;
import com.eventlens.shared.security.CurrentUser;
import com.eventlens.shared.format.Formats;
import com.eventlens.shared.ui.RowDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * The admins' Accounts page (SPEC §2): every console account with its role, status, last sign-in and the events it
 * manages; create, edit, disable or enable, reset a password, delete. For anyone but an admin it does not exist
 * ("not found"), like an event they may not see; the accounts module checks again.
 */
@Route("accounts")
@PageTitle("Accounts · Eventlens")
@PermitAll
public class AccountsView extends VerticalLayout implements BeforeEnterObserver {

    private static final ZoneId UTC = ZoneId.of("UTC");

    final Grid<AccountDetails> grid = new Grid<>();
    final Button create = new Button("New account", VaadinIcon.PLUS.create());

    private final AccountManagement accounts;
    private final AuthenticationContext authentication;

    AccountsView(AccountManagement accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
        addClassName("accounts-view");
        setMaxWidth("1200px");

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new AccountDialog(accounts, null, created -> {
            refresh();
            notice("Account " + created.username() + " created. Tell " + created.displayName()
                    + " the username and the initial password.");
        }).open());
        Div header = new Div(new H1("Accounts"), create);
        header.addClassName("page-header");
        Paragraph intro = new Paragraph("Who may sign in to this console. An admin sees every event; an event manager "
                + "sees the events where their e-mail address is registered with the role Event manager.");
        intro.addClassName("page-intro");

        grid.addComponentColumn(AccountsView::who).setHeader("Account").setWidth("170px").setFlexGrow(1)
                .setKey("account");
        Grid.Column<AccountDetails> email = grid.addColumn(AccountDetails::email).setHeader("E-mail")
                .setWidth("200px").setFlexGrow(1).setKey("email");
        Grid.Column<AccountDetails> role = grid.addComponentColumn(this::roleBadge).setHeader("Role")
                .setWidth("150px").setFlexGrow(0).setKey("role");
        Grid.Column<AccountDetails> status = grid.addComponentColumn(AccountsView::statusBadge).setHeader("Status")
                .setWidth("100px").setFlexGrow(0).setKey("status");
        Grid.Column<AccountDetails> lastSignIn = grid.addColumn(this::lastSignIn).setHeader("Last sign-in")
                .setWidth("150px").setFlexGrow(0).setKey("lastSignIn");
        Grid.Column<AccountDetails> events = grid.addColumn(AccountsView::events).setHeader("Events managed")
                .setWidth("150px").setFlexGrow(2).setKey("events");
        // Always in reach: on a narrow screen the other columns step aside into the row.
        Grid.Column<AccountDetails> actions = grid.addComponentColumn(this::menu).setHeader("").setWidth("64px")
                .setFlexGrow(0).setFrozenToEnd(true).setKey("actions");
        RowDetails.of(grid, AccountDetails::displayName).clickOpensNothingIn(actions)
                .fold(status, "Status", AccountsView::statusBadge)
                .fold(role, "Role", this::roleBadge)
                .fold(email, "E-mail", AccountDetails::email)
                .fold(lastSignIn, "Last sign-in", this::lastSignIn)
                .fold(events, "Events managed", AccountsView::events);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        add(header, intro, grid);
    }

    private Component roleBadge(AccountDetails account) {
        return badge(Labels.role(account.role()), "role-" + account.role().name().toLowerCase(Locale.ROOT));
    }

    private static Component statusBadge(AccountDetails account) {
        return badge(account.enabled() ? "Enabled" : "Disabled", account.enabled() ? "status-enabled"
                : "status-disabled");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        if (!CurrentUser.get().map(ConsoleUser::isAdmin).orElse(false)) {
            navigation.rerouteToError(NotFoundException.class);
            return;
        }
        refresh();
    }

    void refresh() {
        grid.setItems(accounts.accounts());
    }

    private static Component who(AccountDetails account) {
        Span name = new Span(account.displayName());
        name.addClassName("person-name");
        Span username = new Span(account.username());
        username.addClassName("person-details");
        Div text = new Div(name, username);
        text.addClassName("person-text");
        return text;
    }

    /** In the admin's own time zone, as their browser reports it (UTC until it has). */
    private String lastSignIn(AccountDetails account) {
        if (account.lastSignInAt() == null) {
            return "Never";
        }
        ExtendedClientDetails browser = getUI().map(ui -> ui.getPage().getExtendedClientDetails()).orElse(null);
        return Formats.dateTime(account.lastSignInAt(), browser == null ? UTC : zone(browser.getTimeZoneId()));
    }

    private static ZoneId zone(String id) {
        try {
            return id == null ? UTC : ZoneId.of(id);
        } catch (DateTimeException unknown) {
            return UTC;
        }
    }

    private static String events(AccountDetails account) {
        if (account.role() == ConsoleRole.ADMIN) {
            return "All events";
        }
        return account.managedEvents().isEmpty() ? "None yet"
                : account.managedEvents().stream().map(ManagedEvent::name).collect(Collectors.joining(", "));
    }

    private static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.addClassNames("badge", variant);
        return badge;
    }

    private Component menu(AccountDetails account) {
        MenuBar bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        MenuItem more = bar.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        more.setAriaLabel("Actions for " + account.username());
        more.getSubMenu().addItem("Edit", click -> new AccountDialog(accounts, account, saved -> afterChange(saved.username(),
                "Account " + saved.username() + " saved.")).open());
        more.getSubMenu().addItem("Reset password", click -> new PasswordResetDialog(accounts, account,
                () -> notice("The password of " + account.username() + " was reset.")).open());
        more.getSubMenu().addItem(account.enabled() ? "Disable" : "Enable", click -> change(account.username(),
                () -> accounts.update(account.username(), AccountChanges.enabled(!account.enabled())),
                "Account " + account.username() + (account.enabled() ? " disabled: it can no longer sign in."
                        : " enabled.")));
        more.getSubMenu().addItem("Delete", click -> confirmDelete(account).open());
        return bar;
    }

    ConfirmDialog confirmDelete(AccountDetails account) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Delete " + account.username() + "?");
        confirm.setText(account.displayName() + " can no longer sign in, and the account cannot be restored. "
                + "Disable it instead to keep it.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> change(account.username(), () -> accounts.delete(account.username()),
                "Account " + account.username() + " deleted."));
        return confirm;
    }

    private void change(String username, Runnable action, String done) {
        try {
            action.run();
            afterChange(username, done);
        } catch (AccountConflict refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** A change of one's own account may have taken one's access away: then sign out instead of staying. */
    private void afterChange(String username, String done) {
        boolean self = CurrentUser.get().map(user -> user.username().equalsIgnoreCase(username)).orElse(false);
        if (self && accounts.accounts().stream().noneMatch(account -> account.username().equalsIgnoreCase(username)
                && account.enabled() && account.role() == ConsoleRole.ADMIN)) {
            authentication.logout();
            return;
        }
        refresh();
        notice(done);
    }

    private static void notice(String text) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
