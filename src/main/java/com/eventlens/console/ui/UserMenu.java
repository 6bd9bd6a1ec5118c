package com.eventlens.console.ui;

import com.eventlens.console.AccountManagement;
import com.eventlens.shared.security.ConsoleUser;
import com.eventlens.shared.security.CurrentUser;
import com.vaadin.flow.component.Component;
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
 * At the right of every top bar: Accounts (for admins), Help, and the signed-in account's menu — its avatar and name,
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
            add(link(AccountsView.class, VaadinIcon.USERS, "Accounts", "accounts-link"));
        }
        add(link(HelpView.class, VaadinIcon.QUESTION_CIRCLE_O, "Help", "help-link"));
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

    /** A page of the top bar: its icon and its name, the name hidden on a phone (the icon keeps it as its label). */
    private static RouterLink link(Class<? extends Component> page, VaadinIcon icon, String name, String className) {
        RouterLink link = new RouterLink(page);
        Span label = new Span(name);
        label.addClassName("menu-label");
        link.add(icon.create(), label);
        link.addClassNames("menu-link", className);
        link.getElement().setAttribute("aria-label", name);
        return link;
    }
}
