package com.eventlens.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * In real Chromium, as the demo event's manager: People > All users, search, filter by role and status, open a
 * row's ⋮ menu and reach the person's analytics; back again to the same filtered list.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("com.eventlens.browser.Console#all")
@ExtendWith(Console.StopAtTheEnd.class)
class PeopleBrowserIT {

    /** One Chromium for every browser test of the run. */
    final BrowserSession browser = BrowserSession.shared();

    @Parameter
    Console console;

    /** The visible rows showing this name (the grid keeps rows it scrolled away in the page, hidden). */
    static Locator row(Page page, String name) {
        return page.locator(".people-grid .person-name")
                .filter(new Locator.FilterOptions().setHasText(name).setVisible(true));
    }

    @Test
    void searchesFiltersAndReachesAUsersAnalyticsFromTheRowMenu() {
        Page page = browser.signedIn(console, "manager", "manager");

        page.navigate(console.url("/events/" + Console.DEMO_EVENT));
        page.getByText("All users").first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("All users"))).isVisible();
        assertThat(page.locator(".people-count")).hasText("255 Users");
        assertThat(row(page, "Eric Grant")).isVisible();
        page.waitForTimeout(500);
        console.screenshot(page, "20-all-users");

        page.locator("vaadin-text-field.people-search input").fill("kaltura");
        assertThat(page.locator(".people-count")).hasText(Pattern.compile("^\\d+ Users$"));
        assertThat(page.locator(".people-count")).not().hasText("255 Users");
        assertThat(page).hasURL(Pattern.compile("search=kaltura"));

        page.locator("vaadin-select[aria-label='Role']").click();
        page.locator("vaadin-select-item").getByText("Speaker", new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile("role=speaker"));
        assertThat(row(page, "Julian Lang")).isVisible();
        assertThat(row(page, "Ella Williams")).hasCount(0);
        page.waitForTimeout(500);
        console.screenshot(page, "21-search-and-role-filter");

        page.locator("vaadin-select[aria-label='Status']").click();
        page.locator("vaadin-select-item").getByText("Blocked from chat", new Locator.GetByTextOptions().setExact(true))
                .click();
        assertThat(page.locator(".people-count")).hasText("1 User");
        assertThat(row(page, "Eric Grant")).isVisible();

        // The row's ⋮ opens its actions from the keyboard (Tab to it, Enter) and with the mouse.
        Locator more = page.getByLabel("Actions for Eric Grant").filter(new Locator.FilterOptions().setVisible(true));
        more.focus();
        page.keyboard().press("Enter");
        Locator viewAnalytics = page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("View analytics"));
        assertThat(viewAnalytics).isVisible();
        assertThat(page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Unblock"))).isVisible();
        page.waitForTimeout(300);
        console.screenshot(page, "22-row-menu-from-the-keyboard");
        page.keyboard().press("Escape");
        assertThat(viewAnalytics).isHidden();
        row(page, "Eric Grant").click();
        page.waitForTimeout(500);
        // A click elsewhere in the row opens nothing.
        assertThat(viewAnalytics).isHidden();
        more.click();
        assertThat(viewAnalytics).isVisible();
        page.waitForTimeout(300);
        console.screenshot(page, "22-row-menu");

        // Remove asks first, with the focus on Cancel, not on the red Remove: Enter in a hurry removes nobody.
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Remove")).click();
        Locator cancel = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel"));
        assertThat(cancel).isFocused();
        console.screenshot(page, "22-remove-confirmation");
        page.keyboard().press("Enter");
        assertThat(cancel).isHidden();
        assertThat(page.locator(".people-count")).hasText("1 User");
        assertThat(row(page, "Eric Grant")).isVisible();
        more.click();

        viewAnalytics.click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Eric Grant"))).isVisible();
        assertThat(page).hasURL(Pattern.compile("/events/" + Console.DEMO_EVENT + "/users/[0-9a-f-]{36}/analytics$"));
        page.waitForTimeout(500);
        console.screenshot(page, "23-view-analytics");

        page.goBack();
        assertThat(page.locator(".people-count")).hasText("1 User");
        assertThat(page.locator("vaadin-text-field.people-search input")).hasValue("kaltura");

        page.locator("vaadin-text-field.people-search input").fill("no such person anywhere");
        assertThat(page.getByText("No users match")).isVisible();
        page.waitForTimeout(300);
        console.screenshot(page, "24-no-match");
        page.close();
    }

    /** All users sorted by name in the address, whose comma Vaadin's QueryParameters write encoded (%2C). */
    private static final String SORTED_BY_NAME = "sort=name(,|%2C)asc";

    /** Sorted by name and searched, a person opened, Back: the list comes back from its address as it was left. */
    @Test
    void backFromAPersonRestoresTheSortAndTheSearchFromTheAddress() {
        Page page = browser.signedIn(console, "manager", "manager");
        page.navigate(console.url("/events/" + Console.DEMO_EVENT + "/people"));
        assertThat(page.locator(".people-count")).hasText("255 Users");
        page.locator("vaadin-grid-sorter").filter(new Locator.FilterOptions().setHasText("User details")).click();
        assertThat(page).hasURL(Pattern.compile(SORTED_BY_NAME));
        page.locator("vaadin-text-field.people-search input").fill("kaltura");
        assertThat(page).hasURL(Pattern.compile("search=kaltura.*" + SORTED_BY_NAME + "|" + SORTED_BY_NAME
                + ".*search=kaltura"));
        String first = page.locator(".people-grid .person-name").first().textContent();

        page.getByLabel("Actions for " + first).filter(new Locator.FilterOptions().setVisible(true)).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("View analytics")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(first))).isVisible();
        assertThat(page.locator("nav.breadcrumb")).containsText("All users");
        // The detail page keeps its parent entry of the side navigation highlighted.
        assertThat(page.locator("vaadin-side-nav-item[current]")).hasAttribute("path",
                Pattern.compile("/people$"));
        // Its address is in the history before Back (the page shows a moment before it is pushed).
        assertThat(page).hasURL(Pattern.compile("/users/[0-9a-f-]{36}/analytics$"));

        page.goBack();
        assertThat(page.locator("vaadin-text-field.people-search input")).hasValue("kaltura");
        assertThat(page.locator("vaadin-grid-sorter[direction=asc]")).hasText("User details");
        assertThat(page.locator(".people-grid .person-name").first()).hasText(first);

        // "← Back to all users" returns to the list as it was left, too.
        page.getByLabel("Actions for " + first).filter(new Locator.FilterOptions().setVisible(true)).click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("View analytics")).click();
        page.getByText("← Back to all users").click();
        assertThat(page).hasURL(Pattern.compile(SORTED_BY_NAME));
        assertThat(page.locator("vaadin-text-field.people-search input")).hasValue("kaltura");
        page.close();
    }

    /**
     * Scrolled far down the lazy grid, a person opened, Back: the grid scrolls to the rows it showed (the address's
     * {@code row}), and the person's page kept its own address meanwhile.
     */
    @Test
    void backFromAPersonReturnsToTheRowsScrolledTo() {
        Page page = browser.signedIn(console, "manager", "manager");
        page.navigate(console.url("/events/" + Console.DEMO_EVENT + "/people?sort=name,asc"));
        assertThat(page.locator(".people-count")).hasText("255 Users");
        Locator grid = page.locator("vaadin-grid.people-grid");
        grid.evaluate("grid => grid.scrollToIndex(150)");
        assertThat(page).hasURL(Pattern.compile("row=1[0-9][0-9]"));
        int firstRow = ((Number) grid.evaluate("grid => grid._firstVisibleIndex")).intValue();
        assertThat(page).hasURL(Pattern.compile("row=" + firstRow + "$"));

        page.locator(".people-grid .row-menu").filter(new Locator.FilterOptions().setVisible(true)).first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("View analytics")).click();
        assertThat(page.locator("nav.breadcrumb")).containsText("All users");
        page.waitForTimeout(600);
        assertThat(page).hasURL(Pattern.compile("/users/[0-9a-f-]{36}/analytics$"));

        page.goBack();
        assertThat(page.locator(".people-count")).hasText("255 Users");
        // Opening the row's menu may have scrolled the grid a little: the address says where it was left.
        String address = (String) page.evaluate("() => location.href");
        Matcher kept = Pattern.compile("/people\\?.*row=(\\d+)").matcher(address);
        org.assertj.core.api.Assertions.assertThat(kept.find()).as(address).isTrue();
        int row = Integer.parseInt(kept.group(1));
        org.assertj.core.api.Assertions.assertThat(row).isBetween(firstRow - 20, firstRow + 20);
        page.waitForFunction("row => document.querySelector('vaadin-grid.people-grid')?._firstVisibleIndex === row",
                row);
        page.close();
    }

    @Test
    void theDialogsShowEveryProblemAndChangeNothing() throws Exception {
        Page page = browser.signedIn(console, "admin", "admin");
        page.navigate(console.url("/events/" + Console.DEMO_EVENT + "/people/speakers"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Speakers"))).isVisible();
        assertThat(page.locator(".people-count")).hasText(Pattern.compile("^\\d+ Speakers$"));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite").setExact(true)).click();
        assertThat(page.getByText("Invite a person")).isVisible();
        page.getByLabel("First name").fill("Jane");
        page.getByLabel("E-mail address").fill("eric.grant@KALTURA.com");
        page.getByLabel("E-mail address").press("Tab");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite").setExact(true)).last().click();
        // In the dialog: Vaadin also announces the latest field error to screen readers in an aria-live region.
        com.microsoft.playwright.Locator dialog = page.getByLabel("Invite a person");
        assertThat(dialog.getByText("Last name is required.")).isVisible();
        assertThat(dialog.getByText("eric.grant@KALTURA.com is already registered to this event.")).isVisible();
        page.waitForTimeout(300);
        console.screenshot(page, "25-invite-errors");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel")).click();

        java.nio.file.Path file = java.nio.file.Files.createTempFile("bad-people", ".csv");
        java.nio.file.Files.writeString(file, "first_name,last_name,email,roles,title,company,industry,country\n"
                + "Jane,Doe,jane.doe@example.com,Speaker,CTO,Initech,Software,DE\n"
                + "Joe,Bloggs,,Attendee,,,,US\n"
                + "Ann,Lee,ann.lee@example,Guest,,,,XX\n"
                + "Eric,Grant,eric.grant@kaltura.com,Speaker,,,,US\n"
                + "Janet,Doe,JANE.DOE@example.com,,,,,\n");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bulk invite")).click();
        page.locator("vaadin-upload input[type=file]").setInputFiles(file);
        assertThat(page.getByText("Nothing was imported: 4 rows need fixing.", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
        assertThat(page.getByText("jane.doe@example.com is already", new Page.GetByTextOptions().setExact(false))
                .or(page.getByText("JANE.DOE@example.com is already on line 2 of this file."))).isVisible();
        page.waitForTimeout(500);
        console.screenshot(page, "26-bulk-invite-errors");
        java.nio.file.Files.deleteIfExists(file);
        page.close();
    }
}
