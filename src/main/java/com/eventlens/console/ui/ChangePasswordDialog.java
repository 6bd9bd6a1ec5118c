package com.eventlens.console.ui;

import com.eventlens.console.AccountField;
import com.eventlens.console.AccountManagement;
import com.eventlens.console.AccountRules;
import com.eventlens.console.InvalidAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;

/** Everyone changes their own password from the user menu: the current one first, then the new one twice. */
class ChangePasswordDialog extends Dialog {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField next = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("New password again");
    final Button save;

    ChangePasswordDialog(AccountManagement accounts) {
        setHeaderTitle("Change your password");
        addClassName("password-dialog");
        setWidth("28rem");
        next.setHelperText("At least " + AccountRules.PASSWORD_MIN + " characters, not your username.");
        for (PasswordField field : new PasswordField[] {current, next, repeat}) {
            field.setWidthFull();
            field.setRequiredIndicatorVisible(true);
        }
        VerticalLayout fields = new VerticalLayout(current, next, repeat);
        fields.setPadding(false);
        add(fields);
        save = new Button("Change password", click -> {
            for (PasswordField field : new PasswordField[] {current, next, repeat}) {
                field.setInvalid(false);
            }
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("Type the same new password twice.");
                repeat.setInvalid(true);
                return;
            }
            try {
                accounts.changeOwnPassword(current.getValue(), next.getValue());
                close();
                Notification.show("Your password was changed. Other browsers signed in as you were signed out.", 5000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidAccount invalid) {
                invalid.errors().forEach((field, message) -> {
                    PasswordField shown = field == AccountField.CURRENT_PASSWORD ? current : next;
                    shown.setErrorMessage(message);
                    shown.setInvalid(true);
                });
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
