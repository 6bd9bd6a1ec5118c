package com.eventlens.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.eventlens.testing.OidcProvider;
import com.eventlens.testing.OidcProvider.Person;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Single sign-on in real Chromium against a real OpenID Connect provider (Spring Authorization Server, started here):
 * the console's sign-in page offers "Sign in with Staff Login", the person signs in on the provider's own login page,
 * and comes back signed in as the account whose address the provider verified for them; anyone else is refused with
 * the reason. Without {@code auto-create-managers} nobody gets an account this way; with it (the nested tests) a
 * verified address without an account becomes an Event manager that sees exactly the events it manages.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
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

    static final OidcProvider provider = OidcProvider.start(PATRICK, OUTSIDER, UNVERIFIED, JAMES, NEWCOMER);
    static BrowserSession browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry properties) {
        properties.add("eventlens.sso.issuer-uri", provider::issuer);
        properties.add("eventlens.sso.client-id", () -> OidcProvider.CLIENT_ID);
        properties.add("eventlens.sso.client-secret", () -> OidcProvider.CLIENT_SECRET);
        properties.add("eventlens.sso.provider-name", () -> "Staff Login");
    }

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stop() {
        browser.close();
        provider.close();
    }

    @BeforeEach
    void letTheProviderSendPeopleBackHere() {
        provider.allowRedirectTo(redirectUri(port));
    }

    static String redirectUri(int port) {
        return "http://localhost:" + port + "/login/oauth2/code/sso";
    }

    @Test
    void aVerifiedAddressSignsInAsItsAccount() {
        Page page = signInAtTheProvider(port, PATRICK, "50-sso");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Events"))).isVisible();
        assertThat(page.locator(".user-menu .user-name")).hasText("Patrick Lorimer");
        assertThat(page.getByText("Virtually Live!").first()).isVisible();
        assertThat(page.locator(".accounts-link")).hasCount(0);
        BrowserSession.screenshot(page, "52-sso-signed-in");
        page.close();
    }

    @Test
    void anAddressWithoutAnAccountIsRefusedAndSaysWhy() {
        Page page = signInAtTheProvider(port, OUTSIDER, "53-sso-refused");

        assertThat(page).hasURL(Pattern.compile("/login\\?sso-error$"));
        assertThat(page.getByText("Single sign-on did not sign you in")).isVisible();
        assertThat(page.getByText("No Eventlens account has the e-mail address olga@outside.example"))
                .isVisible();
        BrowserSession.screenshot(page, "54-sso-refused");
        // The password form still works on the same page.
        BrowserSession.logIn(page, "admin", "admin");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Events"))).isVisible();
        page.close();
    }

    @Test
    void anUnverifiedAddressProvesNothing() {
        Page page = signInAtTheProvider(port, UNVERIFIED, "55-sso-unverified");

        assertThat(page.getByText("did not confirm a verified e-mail address")).isVisible();
        assertThat(page.locator(".user-menu")).hasCount(0);
        page.close();
    }

    @Test
    void withoutAutomaticAccountsAnEventManagersAddressGetsNone() {
        Page page = signInAtTheProvider(port, JAMES, "56-sso-no-account");

        assertThat(page.getByText("No Eventlens account has the e-mail address james.li@kaltura.com")).isVisible();
        page.close();
    }

    /** Starts single sign-on from the console's sign-in page and signs in on the provider's login page. */
    static Page signInAtTheProvider(int port, Person person, String screenshots) {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.getByText("Sign in with Staff Login").click();
        assertThat(page).hasURL(provider.issuer() + "/login");
        BrowserSession.screenshot(page, screenshots + "-provider");
        page.locator("#username").fill(person.username());
        page.locator("#password").fill(person.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(Pattern.compile("^http://localhost:" + port + "/"));
        return page;
    }

    @Nested
    @TestPropertySource(properties = "eventlens.sso.auto-create-managers=true")
    class WithAutomaticAccounts {

        /** This console's own: its context differs from the enclosing tests' by the property. */
        @LocalServerPort
        int port;

        @Autowired
        JdbcClient jdbc;

        @BeforeEach
        void letTheProviderSendPeopleBackHere() {
            provider.allowRedirectTo(redirectUri(port));
        }

        @Test
        void aVerifiedAddressWithoutAnAccountBecomesAnEventManager() {
            Page page = signInAtTheProvider(port, JAMES, "57-sso-auto-create");

            assertThat(page.locator(".user-menu .user-name")).hasText("James Li");
            assertThat(page.getByText("Virtually Live!").first()).isVisible();
            BrowserSession.screenshot(page, "58-sso-auto-created");
            Assertions.assertThat(jdbc.sql("select role from console_account where email = ?")
                    .param(JAMES.email()).query(String.class).list()).containsExactly("EVENT_MANAGER");
            page.close();
        }

        @Test
        void anUnverifiedAddressStillGetsNoAccount() {
            Page page = signInAtTheProvider(port, NEWCOMER, "59-sso-auto-create-unverified");

            assertThat(page.getByText("did not confirm a verified e-mail address")).isVisible();
            Assertions.assertThat(jdbc.sql("select count(*) from console_account where email = ?")
                    .param(NEWCOMER.email()).query(Long.class).single()).isZero();
            page.close();
        }
    }
}
