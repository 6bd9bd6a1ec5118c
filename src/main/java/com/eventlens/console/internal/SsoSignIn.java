package com.eventlens.console.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import com.eventlens.console.NewAccount;
import com.eventlens.shared.input.Inputs;
import com.eventlens.shared.security.ConsoleRole;

/**
 * Turns a person the OIDC provider signed in into a console account: the one enabled account whose e-mail address
 * is the provider's verified address for them. Anyone else is refused with a message that says why; only with
 * {@code eventlens.sso.auto-create-managers=true} does an unknown (never a disabled) address get a new Event manager
 * account, which sees exactly the events its address manages.
 */
class SsoSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String REFUSED = "eventlens_account_refused";

    private final OidcUserService provider = new OidcUserService();
    private final AccountService accounts;
    private final Accounts repository;
    private final SsoProperties properties;

    SsoSignIn(AccountService accounts, Accounts repository, SsoProperties properties) {
        this.accounts = accounts;
        this.repository = repository;
        this.properties = properties;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser person = provider.loadUser(request);
        Object claim = person.getClaims().get(properties.emailClaim());
        String email = claim instanceof String text ? text.strip() : "";
        if (email.isEmpty() || !Boolean.TRUE.equals(person.getEmailVerified())) {
            throw refused(properties.providerName() + " did not confirm a verified e-mail address for you, so "
                    + "Eventlens cannot tell which account is yours. Ask your administrator.");
        }
        List<Account> withAddress = repository.findAllByEmail(email);
        List<Account> enabled = withAddress.stream().filter(Account::enabled).toList();
        if (enabled.size() == 1) {
            return new SsoUser(person, enabled.getFirst().toUser());
        }
        if (enabled.size() > 1) {
            throw refused("Several Eventlens accounts use " + Inputs.echo(email) + ": an admin must leave only one "
                    + "of them with this address before you can sign in with " + properties.providerName() + ".");
        }
        if (!withAddress.isEmpty()) {
            throw refused("The Eventlens account of " + Inputs.echo(email) + " is disabled. Ask an admin to "
                    + "enable it.");
        }
        if (!properties.autoCreateManagers()) {
            throw refused("No Eventlens account has the e-mail address " + Inputs.echo(email) + ". Ask an admin "
                    + "to create one for you.");
        }
        return new SsoUser(person, createManager(person, email).toUser());
    }

    private Account createManager(OidcUser person, String email) {
        String name = person.getFullName() == null || person.getFullName().isBlank() ? email : person.getFullName();
        // Nobody knows this password: the account signs in with the provider until an admin sets one.
        return accounts.createBy(new NewAccount(freeUsername(email), name, email, ConsoleRole.EVENT_MANAGER,
                AccountService.generatePassword()), "sso");
    }

    private String freeUsername(String email) {
        String base = email.substring(0, Math.max(1, email.indexOf('@'))).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "-").replaceAll("^[^a-z0-9]+", "");
        base = base.length() < 2 ? "user-" + base : base.substring(0, Math.min(base.length(), 56));
        String candidate = base;
        for (int n = 2; repository.findByUsernameIgnoringCase(candidate).isPresent(); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private static OAuth2AuthenticationException refused(String message) {
        return new OAuth2AuthenticationException(new OAuth2Error(REFUSED, message, null), message);
    }
}
