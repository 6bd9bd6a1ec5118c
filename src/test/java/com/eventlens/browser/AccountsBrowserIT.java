package com.eventlens.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;

/**
 * In real Chromium, issue 10's story: an admin gives a colleague an account on the Accounts page, signs out; the
 * colleague signs in and sees exactly the events where their e-mail address is registered as Event manager, changes
 * their password; an admin disables the account, which signs its open page out and keeps it out. Screenshots of the
 * page and its dialogs at 1440, 1024 and 390 px land in target/screenshots. The events are imported and the second
 * account created through the API, as an integration would.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("com.eventlens.browser.Console#all")
@ExtendWith(Console.StopAtTheEnd.class)
class AccountsBrowserIT {

    static final String ERIC = "eric.grant@kaltura.com";
    static final String INITIAL = "first password of eric";
    static final String CHANGED = "erics own new password";

    /** One Chromium for every browser test of the run. */
    final BrowserSession browser = BrowserSession.shared();

    @Parameter
    Console console;

    @Test
    void anAdminGivesAColleagueAnAccountWhoSeesExactlyTheirEventsUntilItIsDisabled() {
        String managed = registerEric("EVENT_MANAGER");
        String attended = registerEric("ATTENDEE");
        String username = "eric-" + UUID.randomUUID().toString().substring(0, 6);

        Page admin = browser.signedIn(console, "admin", "admin");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accounts")).click();
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Accounts"))).isVisible();
        console.screenshotAtWidths(admin, "60-accounts");

        button(admin, "New account").click();
        button(admin, "Create account").click();
        assertThat(admin.getByText("Username is required.")).isVisible();
        console.screenshotAtWidths(admin, "61-new-account-problems");
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

        // Eric signs in in the same browser right after the admin's sign-out, and starts at the events list: not at
        // Accounts, the page the admin's window reloaded while signing out (a sign-out keeps no page to return to).
        Page eric = admin;
        BrowserSession.logIn(eric, username, INITIAL);
        assertThat(eric.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Events"))).isVisible();
        assertThat(eric).hasURL(console.url("/"));
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
        // In the dialog: the page's live region announces the same words for a moment.
        assertThat(eric.getByRole(AriaRole.DIALOG).getByText("This is not your current password.")).isVisible();
        console.screenshotAtWidths(eric, "62-change-password");
        eric.getByLabel("Current password").fill(INITIAL);
        button(eric, "Change password").click();
        assertThat(eric.getByText("Your password was changed")).isVisible();

        signOut(eric);
        BrowserSession.logIn(eric, username, INITIAL);
        assertThat(eric.getByText("Wrong username or password")).isVisible();
        BrowserSession.logIn(eric, username, CHANGED);
        assertThat(eric.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Events"))).isVisible();

        Page otherAdmin = browser.signedIn(console, "admin", "admin");
        otherAdmin.navigate(console.url("/accounts"));
        rowMenu(otherAdmin, username).click();
        otherAdmin.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Reset password")).click();
        assertThat(button(otherAdmin, "Generate one")).isVisible();
        console.screenshotAtWidths(otherAdmin, "63-reset-password");
        button(otherAdmin, "Cancel").click();
        rowMenu(otherAdmin, username).click();
        otherAdmin.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Delete")).click();
        assertThat(otherAdmin.getByText("cannot be restored")).isVisible();
        console.screenshotAtWidths(otherAdmin, "64-delete-confirmation");
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
        page.navigate(console.url("/login"));
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
        console.screenshotAtWidths(page, "65-sign-in-wait");
        page.close();
    }

    /** Imports an event in which Eric Grant's address is registered with this role; returns the event's name. */
    private String registerEric(String role) {
        String name = (role.equals("EVENT_MANAGER") ? "Eric's Summit " : "Eric attends ")
                + UUID.randomUUID().toString().substring(0, 6);
        String event = """
                {"id": "%s", "name": "%s", "startsAt": "2030-03-03T09:00:00Z", "endsAt": "2030-03-03T17:00:00Z",
                 "timeZone": "Europe/Berlin",
                 "people": [{"id": "%s", "firstName": "Eric", "lastName": "Grant", "email": "%s", "roles": ["%s"],
                             "registrationType": "REGISTRATION", "status": "REGISTERED"}]}
                """.formatted(UUID.randomUUID(), name, UUID.randomUUID(), ERIC, role);
        HttpResponse<String> imported = console.http().post("/api/v1/events", "admin", "admin", event);
        Assertions.assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        return name;
    }

    private String createAccount() {
        String username = "locked-" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = console.http().post("/api/v1/accounts", "admin", "admin", """
                {"username": "%s", "displayName": "Lou Locked", "email": "%s@accounts.example",
                 "role": "EVENT_MANAGER", "password": "%s"}""".formatted(username, username, INITIAL));
        Assertions.assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
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
        // Wait for the sign-in page itself before the next sign-in fills it: its text alone is no sign, the
        // Accounts page says "who may sign in" too, and a form filled on the old page is lost when it goes.
        page.waitForURL(url -> URI.create(url).getPath().equals("/login"));
        assertThat(page.locator("input[name=username]")).isEditable();
    }
}
