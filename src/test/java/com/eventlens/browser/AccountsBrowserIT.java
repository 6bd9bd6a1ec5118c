package com.eventlens.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.eventlens.content.MediaLibrary;
import com.eventlens.events.EventCatalog;
import com.eventlens.people.EventRole;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.people.Registration;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.people.RegistrationType;
import com.eventlens.sessions.Agenda;
import com.eventlens.testing.TestEvent;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;

/**
 * In real Chromium, issue 10's story: an admin gives a colleague an account on the Accounts page, signs out; the
 * colleague signs in and sees exactly the events where their e-mail address is registered as Event manager, changes
 * their password; an admin disables the account, which signs its open page out and keeps it out. Screenshots of the
 * page and its dialogs at 1440, 1024 and 390 px land in target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AccountsBrowserIT {

    static final String ERIC = "eric.grant@kaltura.com";
    static final String INITIAL = "first password of eric";
    static final String CHANGED = "erics own new password";

    static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired
    EventCatalog events;
    @Autowired
    Agenda agenda;
    @Autowired
    MediaLibrary media;
    @Autowired
    PeopleDirectory people;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void anAdminGivesAColleagueAnAccountWhoSeesExactlyTheirEventsUntilItIsDisabled() {
        String managed = registerEric(EventRole.EVENT_MANAGER);
        String attended = registerEric(EventRole.ATTENDEE);
        String username = "eric-" + UUID.randomUUID().toString().substring(0, 6);

        Page admin = browser.signedIn(port, "admin", "admin");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accounts")).click();
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Accounts"))).isVisible();
        BrowserSession.screenshotAtWidths(admin, "60-accounts");

        button(admin, "New account").click();
        button(admin, "Create account").click();
        assertThat(admin.getByText("Username is required.")).isVisible();
        BrowserSession.screenshotAtWidths(admin, "61-new-account-problems");
        admin.getByLabel("Username").fill(username);
        admin.getByLabel("Display name").fill("Eric Grant");
        admin.getByLabel("E-mail address").fill(ERIC);
        admin.getByLabel("Initial password").fill(INITIAL);
        button(admin, "Create account").click();
        assertThat(admin.getByText("Account " + username + " created")).isVisible();
        // The new account's "Events managed": the demo event and the new one, not the one Eric only attends.
        assertThat(admin.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Virtually Live!"))
                .filter(new Locator.FilterOptions().setHasText(managed))).hasCount(1);
        assertThat(admin.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(attended))).hasCount(0);

        signOut(admin);
        assertThat(admin.getByText("Sign in").first()).isVisible();

        BrowserSession.logIn(admin, username, INITIAL);
        Page eric = admin;
        assertThat(eric.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Events"))).isVisible();
        assertThat(eric.locator(".events-view vaadin-grid-cell-content a")).hasCount(2);
        Assertions.assertThat(Set.copyOf(eric.locator(".events-view vaadin-grid-cell-content a").allTextContents()))
                .as("exactly the events Eric manages, not the one he attends (" + attended + ")")
                .isEqualTo(Set.of("Virtually Live!", managed));
        assertThat(eric.locator(".accounts-link")).hasCount(0);

        openAccountMenu(eric);
        eric.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Change password")).click();
        eric.getByLabel("Current password").fill("not my password");
        eric.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(CHANGED);
        eric.getByLabel("New password again").fill(CHANGED);
        button(eric, "Change password").click();
        assertThat(eric.getByText("This is not your current password.")).isVisible();
        BrowserSession.screenshotAtWidths(eric, "62-change-password");
        eric.getByLabel("Current password").fill(INITIAL);
        button(eric, "Change password").click();
        assertThat(eric.getByText("Your password was changed")).isVisible();

        signOut(eric);
        BrowserSession.logIn(eric, username, INITIAL);
        assertThat(eric.getByText("Wrong username or password")).isVisible();
        BrowserSession.logIn(eric, username, CHANGED);
        assertThat(eric.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Events"))).isVisible();

        Page otherAdmin = browser.signedIn(port, "admin", "admin");
        otherAdmin.navigate("http://localhost:" + port + "/accounts");
        rowMenu(otherAdmin, username).click();
        otherAdmin.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Reset password")).click();
        assertThat(button(otherAdmin, "Generate one")).isVisible();
        BrowserSession.screenshotAtWidths(otherAdmin, "63-reset-password");
        button(otherAdmin, "Cancel").click();
        rowMenu(otherAdmin, username).click();
        otherAdmin.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Delete")).click();
        assertThat(otherAdmin.getByText("cannot be restored")).isVisible();
        BrowserSession.screenshotAtWidths(otherAdmin, "64-delete-confirmation");
        button(otherAdmin, "Cancel").click();
        rowMenu(otherAdmin, username).click();
        otherAdmin.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Disable")).click();
        assertThat(otherAdmin.getByText("Account " + username + " disabled")).isVisible();

        // Eric's open page was signed out: its next step lands on the sign-in page.
        eric.getByText("Virtually Live!").first().click();
        assertThat(eric).hasURL(Pattern.compile("/login$"));
        BrowserSession.logIn(eric, username, CHANGED);
        assertThat(eric.getByText("Wrong username or password")).isVisible();
        Assertions.assertThat(eric.url()).endsWith("/login?error");
        otherAdmin.close();
        eric.close();
    }

    @Test
    void repeatedWrongPasswordsShowTheWaitBelowTheTitleAndKeepTheUsername() {
        String username = createAccount();
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/login");
        for (int attempt = 1; attempt <= 12 && page.getByText("Too many failed sign-ins").count() == 0; attempt++) {
            BrowserSession.logIn(page, username, "wrong guess " + attempt);
            page.waitForURL(Pattern.compile("/login\\?(error|locked=\\d+)$"));
            assertThat(page.locator("input[name=username]")).hasValue(username);
        }
        assertThat(page.getByText("Too many failed sign-ins")).isVisible();
        assertThat(page.locator("input[name=password]")).isFocused();
        BoundingBox error = page.getByText(Pattern.compile("^Wait \\d+ seconds?,")).boundingBox();
        BoundingBox label = page.getByText("Username", new Page.GetByTextOptions().setExact(true)).boundingBox();
        Assertions.assertThat(error.y + error.height).as("the error ends above the username's label")
                .isLessThanOrEqualTo(label.y);
        BrowserSession.screenshotAtWidths(page, "65-sign-in-wait");
        page.close();
    }

    /** Registers Eric Grant's address in a new event with this role; returns the event's name. */
    private String registerEric(EventRole role) {
        TestEvent event = TestEvent.create(events, agenda, media, people);
        people.register(new Registration(event.id(), UUID.randomUUID(), "Eric", "Grant", ERIC, Set.of(role),
                "Head of Events", "Kaltura", "Video", "US", RegistrationType.REGISTRATION, RegistrationStatus.REGISTERED,
                null));
        return events.find(event.id()).orElseThrow().name();
    }

    private String createAccount() {
        String username = "locked-" + UUID.randomUUID().toString().substring(0, 6);
        String body = "{\"username\": \"" + username + "\", \"displayName\": \"Lou Locked\", \"email\": \"" + username
                + "@accounts.example\", \"role\": \"EVENT_MANAGER\", \"password\": \"" + INITIAL + "\"}";
        try {
            HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/accounts"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "admin:admin".getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            Assertions.assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return username;
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator rowMenu(Page page, String username) {
        return page.getByLabel("Actions for " + username).filter(new Locator.FilterOptions().setVisible(true));
    }

    private static void openAccountMenu(Page page) {
        page.getByLabel(Pattern.compile("^Your account")).filter(new Locator.FilterOptions().setVisible(true))
                .first().click();
    }

    private static void signOut(Page page) {
        openAccountMenu(page);
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out")).click();
    }
}
