package com.eventlens.people.internal;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.eventlens.people.PersonField;
import com.eventlens.people.PersonProfile;

/**
 * What a valid person looks like, for the invite and edit dialogs and the bulk invite file alike: one set of
 * rules and one wording, so that a row of a CSV file is refused for exactly the reasons a dialog gives.
 */
final class PersonRules {

    static final int MAX_NAME = 100;
    static final int MAX_EMAIL = 254;
    static final int MAX_TEXT = 200;

    /** The address form browsers accept for type="email" (WHATWG), with a dot in the domain required. */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+"
            + "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private PersonRules() {
    }

    /** A profile trimmed and normalised, with what is wrong with it (empty when nothing is). */
    record Checked(PersonProfile profile, Map<PersonField, String> errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    static Checked check(PersonProfile raw) {
        PersonProfile profile = normalise(raw);
        Map<PersonField, String> errors = new EnumMap<>(PersonField.class);
        required(errors, PersonField.FIRST_NAME, "First name", profile.firstName(), MAX_NAME);
        required(errors, PersonField.LAST_NAME, "Last name", profile.lastName(), MAX_NAME);
        String email = profile.email();
        if (email.isEmpty()) {
            errors.put(PersonField.EMAIL, "E-mail address is required.");
        } else if (email.length() > MAX_EMAIL) {
            errors.put(PersonField.EMAIL, "E-mail address is too long (at most " + MAX_EMAIL + " characters).");
        } else if (!EMAIL.matcher(email).matches()) {
            errors.put(PersonField.EMAIL, "\"" + email + "\" is not a valid e-mail address, such as name@example.com.");
        }
        if (profile.roles().isEmpty()) {
            errors.put(PersonField.ROLES, "Choose at least one role.");
        }
        optional(errors, PersonField.TITLE, "Job title", profile.title());
        optional(errors, PersonField.COMPANY, "Company", profile.company());
        optional(errors, PersonField.INDUSTRY, "Industry", profile.industry());
        if (profile.country() != null && !COUNTRIES.contains(profile.country())) {
            errors.put(PersonField.COUNTRY, unknownCountry(profile.country()));
        }
        return new Checked(profile, errors);
    }

    static String unknownCountry(String code) {
        return "Unknown country code \"" + code + "\": use a two-letter ISO 3166 code such as US or DE.";
    }

    static String emailTaken(String email) {
        return email + " is already registered to this event.";
    }

    private static void required(Map<PersonField, String> errors, PersonField field, String label, String value,
                                 int max) {
        if (value.isEmpty()) {
            errors.put(field, label + " is required.");
        } else if (value.length() > max) {
            errors.put(field, label + " is too long (at most " + max + " characters).");
        }
    }

    private static void optional(Map<PersonField, String> errors, PersonField field, String label, String value) {
        if (value.length() > MAX_TEXT) {
            errors.put(field, label + " is too long (at most " + MAX_TEXT + " characters).");
        }
    }

    private static PersonProfile normalise(PersonProfile raw) {
        String country = text(raw.country()).toUpperCase(Locale.ROOT);
        return new PersonProfile(text(raw.firstName()), text(raw.lastName()), text(raw.email()), raw.roles(),
                text(raw.title()), text(raw.company()), text(raw.industry()), country.isEmpty() ? null : country);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
