package com.eventlens.console.ui;

import com.eventlens.console.AccountManagement;
import com.eventlens.shared.security.ConsoleUser;
import com.eventlens.shared.security.CurrentUser;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * At the right of every top bar: Accounts (for admins), the signed-in account's name, changing one's own password,
 * and signing out.
 */
class UserMenu extends HorizontalLayout {

    final Button changePassword = new Button("Change password");

    UserMenu(AuthenticationContext authentication, AccountManagement accounts) {
        addClassName("user-menu");
        setAlignItems(Alignment.CENTER);
        ConsoleUser user = CurrentUser.get().orElse(null);
        if (user != null && user.isAdmin()) {
            RouterLink manage = new RouterLink(AccountsView.class);
            manage.add(VaadinIcon.USERS.create(), new Span("Accounts"));
            manage.addClassName("accounts-link");
            add(manage);
        }
        String name = user == null ? "" : user.displayName();
        Avatar avatar = new Avatar(name);
        avatar.addThemeName("xsmall");
        Span shownName = new Span(name);
        shownName.addClassName("user-name");
        changePassword.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        changePassword.addClickListener(click -> new ChangePasswordDialog(accounts).open());
        changePassword.setVisible(user != null);
        Button signOut = new Button("Sign out", click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setVisible(user != null);
        add(avatar, shownName, changePassword, signOut);
    }
}
