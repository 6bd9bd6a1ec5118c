package com.eventlens.people;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.eventlens.shared.input.Inputs;

/**
 * What a valid person looks like, for the invite and edit dialogs, the bulk invite file and the event structure
 * import alike: one set of rules and one wording, so that a row of a CSV file or a person of an imported event is
 * refused for exactly the reasons a dialog gives. Console accounts use its e-mail rule too.
 */
public final class PersonRules {

    public static final int MAX_NAME = 100;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_TEXT = 200;

    /** The address form browsers accept for type="email" (WHATWG), with a dot in the domain required. */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+"
            + "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    public static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private PersonRules() {
    }

    /** A profile trimmed and normalised, with what is wrong with it (empty when nothing is). */
    public record Checked(PersonProfile profile, Map<PersonField, String> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public static Checked check(PersonProfile raw) {
        PersonProfile profile = normalise(raw);
        Map<PersonField, String> errors = new EnumMap<>(PersonField.class);
        required(errors, PersonField.FIRST_NAME, "First name", profile.firstName(), MAX_NAME);
        required(errors, PersonField.LAST_NAME, "Last name", profile.lastName(), MAX_NAME);
        emailProblem(profile.email()).ifPresent(problem -> errors.put(PersonField.EMAIL, problem));
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

    /** What is wrong with an e-mail address (already trimmed), if anything; for people and console accounts. */
    public static Optional<String> emailProblem(String email) {
        if (email.isEmpty()) {
            return Optional.of("E-mail address is required.");
        }
        if (email.length() > MAX_EMAIL) {
            return Optional.of("E-mail address is too long (at most " + MAX_EMAIL + " characters).");
        }
        if (!EMAIL.matcher(email).matches()) {
            return Optional.of("\"" + Inputs.echo(email) + "\" is not a valid e-mail address, such as name@example.com.");
        }
        return Optional.empty();
    }

    public static String unknownCountry(String code) {
        return "Unknown country code \"" + Inputs.echo(code) + "\": use a two-letter ISO 3166 code such as US or DE.";
    }

    public static String emailTaken(String email) {
        return Inputs.echo(email) + " is already registered to this event.";
    }

    private static void required(Map<PersonField, String> errors, PersonField field, String label, String value,
                                 int max) {
        if (value.isEmpty()) {
            errors.put(field, label + " is required.");
        } else if (Inputs.characterProblem(value).isPresent()) {
            errors.put(field, label + " " + Inputs.characterProblem(value).get() + ".");
        } else if (value.length() > max) {
            errors.put(field, label + " is too long (at most " + max + " characters).");
        }
    }

    private static void optional(Map<PersonField, String> errors, PersonField field, String label, String value) {
        if (Inputs.characterProblem(value).isPresent()) {
            errors.put(field, label + " " + Inputs.characterProblem(value).get() + ".");
        } else if (value.length() > MAX_TEXT) {
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
