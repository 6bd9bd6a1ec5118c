package com.eventlens.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.eventlens.testing.Applications;
import com.eventlens.testing.ConsoleHttp;
import com.eventlens.testing.OidcProvider;
import com.eventlens.testing.OidcProvider.Person;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Single sign-on in real Chromium against a real OpenID Connect provider (Spring Authorization Server, started here):
 * the console's sign-in page offers "Sign in with Staff Login", the person signs in on the provider's own login page,
 * and comes back signed in as the account whose address the provider verified for them; anyone else is refused with
 * the reason. Without {@code auto-create-managers} nobody gets an account this way; with it a verified address
 * without an account becomes an Event manager that sees exactly the events it manages. The consoles are started
 * here, in development mode, with the provider in their {@code eventlens.sso.*} arguments.
 */
@ExtendWith(Console.StopAtTheEnd.class)
class SingleSignOnBrowserIT {

    /** The demo event's manager: the demo account "manager" has this address. */
    static final Person PATRICK = new Person("patrick", "patrick-at-the-provider", "Patrick Lorimer",
            "Patrick.Lorimer@kaltura.com", true);
    static final Person OUTSIDER = new Person("olga", "olga-at-the-provider", "Olga Outsider",
            "olga@outside.example", true);
    /** Claims the manager's address, but the provider never verified it: it proves nothing. */
    static final Person UNVERIFIED = new Person("mallory", "mallory-at-the-provider", "Mallory",
            "patrick.lorimer@kaltura.com", false);
    /** Registered as an Event manager of the demo event, without a console account. */
    static final Person JAMES = new Person("james", "james-at-the-provider", "James Li", "james.li@kaltura.com", true);
    /** Has no account either, and an address the provider never verified. */
    static final Person NEWCOMER = new Person("nora", "nora-at-the-provider", "Nora Newcomer",
            "nora@outside.example", false);

    static OidcProvider provider;
    static final Applications plainConsole = new Applications();
    static final Applications autoCreatingConsole = new Applications();
    static String plain;
    static String autoCreating;

    /** One Chromium for every browser test of the run. */
    final BrowserSession browser = BrowserSession.shared();

    @BeforeAll
    static void startTheProviderAndAConsoleThatUsesIt() {
        provider = OidcProvider.start(PATRICK, OUTSIDER, UNVERIFIED, JAMES, NEWCOMER);
        plain = start(plainConsole, false);
    }

    @AfterAll
    static void stop() {
        plainConsole.close();
        autoCreatingConsole.close();
        provider.close();
    }

    /** A console signing in with the provider; returns its address. */
    static String start(Applications console, boolean autoCreateManagers) {
        int port = console.start("--eventlens.sso.issuer-uri=" + provider.issuer(),
                        "--eventlens.sso.client-id=" + OidcProvider.CLIENT_ID,
                        "--eventlens.sso.client-secret=" + OidcProvider.CLIENT_SECRET,
                        "--eventlens.sso.provider-name=Staff Login",
                        "--eventlens.sso.auto-create-managers=" + autoCreateManagers)
                .getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        String url = "http://localhost:" + port;
        provider.allowRedirectTo(url + "/login/oauth2/code/sso");
        return url;
    }

    @Test
    void aVerifiedAddressSignsInAsItsAccount() {
        Page page = signInAtTheProvider(plain, PATRICK, "50-sso");

        // Patrick manages one event: a manager of a single event lands straight in it.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Virtually Live!")))
                .isVisible();
        assertThat(page.locator(".user-menu .user-name")).hasText("Patrick Lorimer");
        assertThat(page.locator(".accounts-link")).hasCount(0);
        screenshot(page, "52-sso-signed-in");
        // The console's own pages and the Accounts page know the account, not the provider's person.
        page.navigate(plain + "/no-such-page");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not found"))).isVisible();
        Assertions.assertThat(new ConsoleHttp(plain).get("/api/v1/accounts/manager", "admin", "admin").body())
                .as("the sign-in is recorded").contains("\"lastSignInAt\":\"20");
        page.close();
    }

    @Test
    void anAddressWithoutAnAccountIsRefusedAndSaysWhy() {
        Page page = signInAtTheProvider(plain, OUTSIDER, "53-sso-refused");

        assertThat(page).hasURL(Pattern.compile("/login\\?sso-error$"));
        assertThat(page.getByText("Single sign-on did not sign you in")).isVisible();
        assertThat(page.getByText("No Eventlens account has the e-mail address olga@outside.example"))
                .isVisible();
        screenshot(page, "54-sso-refused");
        // The password form still works on the same page.
        BrowserSession.logIn(page, "admin", "admin");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Events"))).isVisible();
        page.close();
    }

    @Test
    void anUnverifiedAddressProvesNothing() {
        Page page = signInAtTheProvider(plain, UNVERIFIED, "55-sso-unverified");

        assertThat(page.getByText("did not confirm a verified e-mail address")).isVisible();
        assertThat(page.locator(".user-menu")).hasCount(0);
        page.close();
    }

    @Test
    void withoutAutomaticAccountsAnEventManagersAddressGetsNone() {
        Page page = signInAtTheProvider(plain, JAMES, "56-sso-no-account");

        assertThat(page.getByText("No Eventlens account has the e-mail address james.li@kaltura.com")).isVisible();
        page.close();
    }

    @Test
    void withAutomaticAccountsAVerifiedAddressBecomesAnEventManagerAndAnUnverifiedOneDoesNot() {
        autoCreating = autoCreating != null ? autoCreating : start(autoCreatingConsole, true);

        Page page = signInAtTheProvider(autoCreating, JAMES, "57-sso-auto-create");
        assertThat(page.locator(".user-menu .user-name")).hasText("James Li");
        assertThat(page.getByText("Virtually Live!").first()).isVisible();
        screenshot(page, "58-sso-auto-created");
        page.close();

        Page refused = signInAtTheProvider(autoCreating, NEWCOMER, "59-sso-auto-create-unverified");
        assertThat(refused.getByText("did not confirm a verified e-mail address")).isVisible();
        refused.close();

        String accounts = new ConsoleHttp(autoCreating).get("/api/v1/accounts", "admin", "admin").body();
        Assertions.assertThat(accounts).contains("\"email\":\"james.li@kaltura.com\",\"role\":\"EVENT_MANAGER\"")
                .doesNotContain(NEWCOMER.email());
    }

    /** Starts single sign-on from the console's sign-in page and signs in on the provider's login page. */
    Page signInAtTheProvider(String console, Person person, String screenshots) {
        Page page = browser.newPage();
        page.navigate(console + "/login");
        page.getByText("Sign in with Staff Login").click();
        assertThat(page).hasURL(provider.issuer() + "/login");
        screenshot(page, screenshots + "-provider");
        page.locator("#username").fill(person.username());
        page.locator("#password").fill(person.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(Pattern.compile("^" + console.replace(".", "\\.") + "/"));
        return page;
    }

    private static void screenshot(Page page, String name) {
        Console.development().screenshot(page, name);
    }
}
