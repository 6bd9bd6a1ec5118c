package com.eventlens.console.ui;

import com.eventlens.console.AccountManagement;
import com.eventlens.shared.security.ConsoleUser;
import com.eventlens.shared.security.CurrentUser;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * At the right of every top bar: Accounts (for admins), and the signed-in account's menu — its avatar and name,
 * opening "Change password" and "Sign out". On a phone only the icons remain.
 */
class UserMenu extends HorizontalLayout {

    final MenuItem account;
    final MenuItem changePassword;
    final MenuItem signOut;

    UserMenu(AuthenticationContext authentication, AccountManagement accounts) {
        addClassName("user-menu");
        setAlignItems(Alignment.CENTER);
        ConsoleUser user = CurrentUser.get().orElse(null);
        if (user != null && user.isAdmin()) {
            RouterLink manage = new RouterLink(AccountsView.class);
            Span label = new Span("Accounts");
            label.addClassName("menu-label");
            manage.add(VaadinIcon.USERS.create(), label);
            manage.addClassName("accounts-link");
            manage.getElement().setAttribute("aria-label", "Accounts");
            add(manage);
        }
        RouterLink help = new RouterLink(HelpView.class);
        Span helpLabel = new Span("Help");
        helpLabel.addClassName("menu-label");
        help.add(VaadinIcon.QUESTION_CIRCLE_O.create(), helpLabel);
        help.addClassName("accounts-link");
        help.getElement().setAttribute("aria-label", "Help");
        add(help);
        String name = user == null ? "" : user.displayName();
        Avatar avatar = new Avatar(name);
        avatar.addThemeName("xsmall");
        Span shownName = new Span(name);
        shownName.addClassNames("user-name", "menu-label");

        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("account-menu");
        Span item = new Span(avatar, shownName, VaadinIcon.CHEVRON_DOWN_SMALL.create());
        item.addClassName("account-menu-item");
        account = menu.addItem(item);
        account.setAriaLabel("Your account: " + name);
        changePassword = account.getSubMenu().addItem("Change password",
                click -> new ChangePasswordDialog(accounts).open());
        signOut = account.getSubMenu().addItem("Sign out", click -> authentication.logout());
        menu.setVisible(user != null);
        add(menu);
    }
}
