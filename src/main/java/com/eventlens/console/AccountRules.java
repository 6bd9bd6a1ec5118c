package com.eventlens.console;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.eventlens.people.PersonRules;
import com.eventlens.shared.input.Inputs;

/**
 * What a valid console account looks like, for the dialogs and the API alike (one wording for both). The e-mail
 * rule is the people module's, so that an account's address can always match a registration.
 */
public final class AccountRules {

    public static final int PASSWORD_MIN = 12;
    /** BCrypt reads only the first 72 bytes of a password; a longer one would be silently cut. */
    public static final int PASSWORD_MAX_BYTES = 72;
    public static final int USERNAME_MAX = 64;
    public static final int DISPLAY_NAME_MAX = 100;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]*");

    private AccountRules() {
    }

    /** Every problem of a new account, by field (empty when there is none). The username is expected trimmed. */
    public static Map<AccountField, String> check(NewAccount account) {
        Map<AccountField, String> errors = new EnumMap<>(AccountField.class);
        usernameProblem(account.username()).ifPresent(problem -> errors.put(AccountField.USERNAME, problem));
        displayNameProblem(account.displayName()).ifPresent(problem -> errors.put(AccountField.DISPLAY_NAME, problem));
        emailProblem(account.email()).ifPresent(problem -> errors.put(AccountField.EMAIL, problem));
        if (account.role() == null) {
            errors.put(AccountField.ROLE, "Choose a role: Admin or Event manager.");
        }
        passwordProblem(account.password(), account.username())
                .ifPresent(problem -> errors.put(AccountField.PASSWORD, problem));
        return errors;
    }

    public static Optional<String> usernameProblem(String username) {
        String value = text(username);
        if (value.isEmpty()) {
            return Optional.of("Username is required.");
        }
        if (value.length() < 2 || value.length() > USERNAME_MAX || !USERNAME.matcher(value).matches()) {
            return Optional.of("Username must be 2 to " + USERNAME_MAX + " characters: letters a-z, digits "
                    + "and . _ - @, starting with a letter or digit (not \"" + Inputs.echo(value) + "\").");
        }
        return Optional.empty();
    }

    public static Optional<String> displayNameProblem(String displayName) {
        String value = text(displayName);
        if (value.isEmpty()) {
            return Optional.of("Display name is required.");
        }
        Optional<String> characters = Inputs.characterProblem(value);
        if (characters.isPresent()) {
            return Optional.of("Display name " + characters.get() + ".");
        }
        if (value.length() > DISPLAY_NAME_MAX) {
            return Optional.of("Display name is too long (at most " + DISPLAY_NAME_MAX + " characters).");
        }
        return Optional.empty();
    }

    public static Optional<String> emailProblem(String email) {
        return PersonRules.emailProblem(text(email));
    }

    /** Rules for every new password: at least 12 characters, at most 72 bytes, not the username. */
    public static Optional<String> passwordProblem(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Password is required.");
        }
        Optional<String> characters = Inputs.characterProblem(password);
        if (characters.isPresent()) {
            return Optional.of("Password " + characters.get() + ".");
        }
        if (password.codePointCount(0, password.length()) < PASSWORD_MIN) {
            return Optional.of("Password must be at least " + PASSWORD_MIN + " characters long.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            return Optional.of("Password is too long: at most " + PASSWORD_MAX_BYTES + " bytes (72 plain letters, "
                    + "fewer with accents or other scripts).");
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            return Optional.of("Password must not be the username.");
        }
        return Optional.empty();
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
