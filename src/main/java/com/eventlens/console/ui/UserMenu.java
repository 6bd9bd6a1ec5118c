package com.eventlens.console.ui;

import com.eventlens.shared.security.ConsoleUser;
import com.eventlens.shared.security.CurrentUser;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The signed-in account's name and the sign-out button, at the right of every top bar. */
class UserMenu extends HorizontalLayout {

    UserMenu(AuthenticationContext authentication) {
        addClassName("user-menu");
        setAlignItems(Alignment.CENTER);
        String name = CurrentUser.get().map(ConsoleUser::displayName).orElse("");
        Avatar avatar = new Avatar(name);
        avatar.addThemeName("xsmall");
        Button signOut = new Button("Sign out", click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(avatar, new Span(name), signOut);
    }
}
