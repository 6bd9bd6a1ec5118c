package com.eventlens.console.ui;

import com.eventlens.console.AccountDetails;
import com.eventlens.console.AccountManagement;
import com.eventlens.console.AccountRules;
import com.eventlens.console.InvalidAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;

/**
 * An admin resets an account's password: types one, or has one generated, which is shown this once (only its hash
 * is kept). Either way the account is signed out of its open sessions.
 */
class PasswordResetDialog extends Dialog {

    final PasswordField password = new PasswordField("New password");
    final Button set;
    final Button generate;
    final Span generated = new Span();

    PasswordResetDialog(AccountManagement accounts, AccountDetails account, Runnable done) {
        setHeaderTitle("Reset the password of " + account.username());
        addClassName("password-dialog");
        setWidth("28rem");
        password.setHelperText("At least " + AccountRules.PASSWORD_MIN + " characters, not the username.");
        password.setWidthFull();
        generated.addClassName("generated-password");
        VerticalLayout body = new VerticalLayout(new Paragraph("Set a new password, or let Eventlens generate one. "
                + account.displayName() + " is signed out everywhere and signs in with the new password."), password);
        body.setPadding(false);
        add(body);

        set = new Button("Set password", click -> {
            try {
                accounts.resetPassword(account.username(), password.getValue());
                close();
                done.run();
            } catch (InvalidAccount invalid) {
                password.setErrorMessage(invalid.errors().values().iterator().next());
                password.setInvalid(true);
            }
        });
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate = new Button("Generate one", click -> {
            generated.setText(accounts.resetToGeneratedPassword(account.username()));
            body.removeAll();
            body.add(new Paragraph("The new password of " + account.username() + " — shown only now: copy it and "
                    + "give it to " + account.displayName() + "."), generated);
            getFooter().removeAll();
            Button close = new Button("Done", again -> {
                close();
                done.run();
            });
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(close);
        });
        getFooter().add(new Button("Cancel", click -> close()), generate, set);
    }
}
