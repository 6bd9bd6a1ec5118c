package com.eventlens.people.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import com.eventlens.people.EventRole;
import com.eventlens.people.InvalidPerson;
import com.eventlens.people.PersonField;
import com.eventlens.people.PersonProfile;
import com.eventlens.people.Registration;
import com.eventlens.shared.format.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Invite or edit one person: name, e-mail, roles and profile. The people module checks the profile; every
 * problem it names is shown under its field, and the dialog stays open until the save succeeds.
 */
class PersonDialog extends Dialog {

    final TextField firstName = new TextField("First name");
    final TextField lastName = new TextField("Last name");
    final TextField email = new TextField("E-mail address");
    final CheckboxGroup<EventRole> roles = new CheckboxGroup<>("Event roles");
    final TextField title = new TextField("Job title");
    final TextField company = new TextField("Company");
    final TextField industry = new TextField("Industry");
    final ComboBox<String> country = new ComboBox<>("Country");
    final Button save;
    final Button cancel = new Button("Cancel");

    private final Map<PersonField, HasValidation> fields = new EnumMap<>(PersonField.class);
    private final Function<PersonProfile, Registration> action;
    private final Consumer<Registration> saved;

    /**
     * @param action invites or edits (and throws {@link InvalidPerson} when the profile is refused)
     * @param saved  what happens after a successful save, once the dialog is closed
     */
    PersonDialog(String header, String saveLabel, PersonProfile initial, Function<PersonProfile, Registration> action,
                 Consumer<Registration> saved) {
        this.action = action;
        this.saved = saved;
        setHeaderTitle(header);
        addClassName("person-dialog");

        for (TextField required : new TextField[] {firstName, lastName, email}) {
            required.setRequiredIndicatorVisible(true);
        }
        email.setPlaceholder("name@example.com");
        roles.setItems(EventRole.values());
        roles.setItemLabelGenerator(EventRole::label);
        roles.setRequiredIndicatorVisible(true);
        roles.addClassName("role-choice");
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(Formats::country))
                .toList());
        country.setItemLabelGenerator(code -> Formats.country(code) + " (" + code + ")");
        country.setClearButtonVisible(true);
        country.setPlaceholder("Choose a country");

        fields.put(PersonField.FIRST_NAME, firstName);
        fields.put(PersonField.LAST_NAME, lastName);
        fields.put(PersonField.EMAIL, email);
        fields.put(PersonField.ROLES, roles);
        fields.put(PersonField.TITLE, title);
        fields.put(PersonField.COMPANY, company);
        fields.put(PersonField.INDUSTRY, industry);
        fields.put(PersonField.COUNTRY, country);

        // The people module is the one judge of a profile: no second, client-side set of rules.
        fields.values().forEach(field -> field.setManualValidation(true));

        FormLayout form = new FormLayout(firstName, lastName, email, roles, title, company, industry, country);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        form.setColspan(email, 2);
        form.setColspan(roles, 2);
        add(form);

        firstName.setValue(nonNull(initial.firstName()));
        lastName.setValue(nonNull(initial.lastName()));
        email.setValue(nonNull(initial.email()));
        roles.setValue(initial.roles());
        title.setValue(nonNull(initial.title()));
        company.setValue(nonNull(initial.company()));
        industry.setValue(nonNull(initial.industry()));
        country.setValue(initial.country() == null || initial.country().isBlank() ? null : initial.country());

        save = new Button(saveLabel, click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, save);
        firstName.focus();
    }

    void save() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        Registration result;
        try {
            result = action.apply(profile());
        } catch (InvalidPerson invalid) {
            invalid.errors().forEach((field, message) -> {
                HasValidation component = fields.get(field);
                component.setErrorMessage(message);
                component.setInvalid(true);
            });
            invalid.errors().keySet().stream().findFirst().map(fields::get)
                    .filter(component -> component instanceof com.vaadin.flow.component.Focusable<?>)
                    .ifPresent(component -> ((com.vaadin.flow.component.Focusable<?>) component).focus());
            return;
        }
        close();
        saved.accept(result);
    }

    PersonProfile profile() {
        Set<EventRole> chosen = roles.getValue();
        return new PersonProfile(firstName.getValue(), lastName.getValue(), email.getValue(), chosen,
                title.getValue(), company.getValue(), industry.getValue(), country.getValue());
    }

    /** The message shown under a field, or {@code null} when the field is fine. */
    String errorOf(PersonField field) {
        HasValidation component = fields.get(field);
        return component.isInvalid() ? component.getErrorMessage() : null;
    }

    Component field(PersonField field) {
        return (Component) fields.get(field);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
