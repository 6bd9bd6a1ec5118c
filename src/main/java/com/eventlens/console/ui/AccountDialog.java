package com.eventlens.console.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import com.eventlens.console.AccountChanges;
import com.eventlens.console.AccountConflict;
import com.eventlens.console.AccountDetails;
import com.eventlens.console.AccountField;
import com.eventlens.console.AccountManagement;
import com.eventlens.console.AccountRules;
import com.eventlens.console.InvalidAccount;
import com.eventlens.console.NewAccount;
import com.eventlens.shared.security.ConsoleRole;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Create an account (username, display name, e-mail, role, initial password) or edit one (all but the username and
 * the password). The accounts module checks everything; each problem is shown under its field, a conflict (a taken
 * username, the last admin) above the buttons, and the dialog stays open until the save succeeds.
 */
class AccountDialog extends Dialog {

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Display name");
    final EmailField email = new EmailField("E-mail address");
    final RadioButtonGroup<ConsoleRole> role = new RadioButtonGroup<>("Role");
    final PasswordField password = new PasswordField("Initial password");
    final Paragraph conflict = new Paragraph();
    final Button save;

    private final Map<AccountField, HasValidation> fields = new EnumMap<>(AccountField.class);
    private final AccountManagement accounts;
    private final AccountDetails editing;
    private final Consumer<AccountDetails> saved;

    /** @param editing the account to edit, or {@code null} to create one */
    AccountDialog(AccountManagement accounts, AccountDetails editing, Consumer<AccountDetails> saved) {
        this.accounts = accounts;
        this.editing = editing;
        this.saved = saved;
        setHeaderTitle(editing == null ? "New account" : "Edit " + editing.username());
        addClassName("account-dialog");
        setWidth("36rem");

        username.setRequiredIndicatorVisible(true);
        username.setHelperText("Letters a-z, digits and . _ - @ (kept in lower case)");
        username.setMaxLength(AccountRules.USERNAME_MAX);
        displayName.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        email.setHelperText("An event manager sees the events where this address is registered as Event manager.");
        email.setPlaceholder("name@example.com");
        role.setItems(ConsoleRole.EVENT_MANAGER, ConsoleRole.ADMIN);
        role.setItemLabelGenerator(Labels::role);
        role.setRequiredIndicatorVisible(true);
        password.setRequiredIndicatorVisible(true);
        password.setHelperText("At least " + AccountRules.PASSWORD_MIN + " characters, not the username. "
                + "Tell it to the person; they can change it from their menu.");
        conflict.addClassName("dialog-error");
        conflict.setVisible(false);

        fields.put(AccountField.USERNAME, username);
        fields.put(AccountField.DISPLAY_NAME, displayName);
        fields.put(AccountField.EMAIL, email);
        fields.put(AccountField.PASSWORD, password);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        if (editing == null) {
            role.setValue(ConsoleRole.EVENT_MANAGER);
            form.add(username, displayName, email, role, password);
            form.setColspan(email, 2);
            form.setColspan(password, 2);
        } else {
            displayName.setValue(editing.displayName());
            email.setValue(editing.email());
            role.setValue(editing.role());
            form.add(displayName, email, role);
            form.setColspan(email, 2);
        }
        add(form, conflict);

        save = new Button(editing == null ? "Create account" : "Save", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, save);
    }

    void save() {
        fields.values().forEach(field -> field.setInvalid(false));
        conflict.setVisible(false);
        try {
            AccountDetails result = editing == null
                    ? accounts.create(new NewAccount(username.getValue(), displayName.getValue(), email.getValue(),
                    role.getValue(), password.getValue()))
                    : accounts.update(editing.username(), new AccountChanges(displayName.getValue(), email.getValue(),
                    role.getValue(), null));
            close();
            saved.accept(result);
        } catch (InvalidAccount invalid) {
            invalid.errors().forEach((field, message) -> {
                HasValidation shown = fields.get(field);
                if (shown != null) {
                    shown.setErrorMessage(message);
                    shown.setInvalid(true);
                } else {
                    showConflict(message);
                }
            });
        } catch (AccountConflict refused) {
            showConflict(refused.getMessage());
        }
    }

    private void showConflict(String message) {
        conflict.setText(message);
        conflict.setVisible(true);
    }
}
