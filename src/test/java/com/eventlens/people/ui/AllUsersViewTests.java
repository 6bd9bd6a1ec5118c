package com.eventlens.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

import com.eventlens.analytics.ui.UserAnalyticsView;
import com.eventlens.console.ui.NotFoundView;
import com.eventlens.events.Event;
import com.eventlens.events.EventCatalog;
import com.eventlens.people.EventAccess;
import com.eventlens.people.EventRole;
import com.eventlens.people.PeopleDirectory;
import com.eventlens.people.PersonField;
import com.eventlens.people.Registration;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.shared.ui.KeptAddress;
import com.eventlens.testing.PeopleFixture;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.contextmenu.GridMenuItem;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.component.notification.Notification;

import tools.jackson.databind.node.ObjectNode;

/**
 * People > All users without a browser: the grid's count, search, filters, sorting and empty states on the demo
 * event, and every row action, dialog and validation message on an event of the test's own.
 */
@SpringBootTest
@WithUserDetails("admin")
class AllUsersViewTests extends SpringBrowserlessTest {

    static final String DEMO_EVENT = "3a7939cf-f7c5-3ea9-9b20-0a5af7c50bc8";

    @Autowired
    EventCatalog events;
    @Autowired
    PeopleDirectory directory;
    @Autowired
    EventAccess access;

    AllUsersView open(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            return navigate(location, AllUsersView.class);
        }
        UI.getCurrent().navigate(location.substring(0, query),
                com.vaadin.flow.router.QueryParameters.fromString(location.substring(query + 1)));
        assertThat(getCurrentView()).isInstanceOf(AllUsersView.class);
        return (AllUsersView) getCurrentView();
    }

    PersonDialog inviteDialog(AllUsersView view) {
        test(view.invite).click();
        return $(PersonDialog.class).last();
    }

    BulkInviteDialog bulkInviteDialog(AllUsersView view) {
        test(view.bulkInvite).click();
        return $(BulkInviteDialog.class).last();
    }

    List<String> names(AllUsersView view) {
        var grid = test(view.grid);
        return java.util.stream.IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).fullName()).toList();
    }

    String lastNotification() {
        return test($(Notification.class).last()).getText();
    }

    /**
     * Opens the row's ⋮ menu as the browser does: a click in the ⋮ column asks the server, naming the row and the
     * column, before the menu opens.
     */
    PeopleRowActions menuOf(AllUsersView view, String name) {
        int row = names(view).indexOf(name);
        assertThat(row).as(name + " is shown").isNotNegative();
        Button more = (Button) test(view.grid).getCellComponent(row, PeopleGrid.ACTIONS);
        assertThat(more.getAriaLabel()).hasValue("Actions for " + name);
        assertThat(openMenu(view, row, PeopleRowActions.COLUMN_ID)).as("the ⋮ column opens the menu").isTrue();
        return view.rowActions;
    }

    /** What the server answers to "open the menu here": whether the menu opens. */
    boolean openMenu(AllUsersView view, int row, String columnId) {
        view.rowActions.removeAll();
        ObjectNode detail = JacksonUtils.createObjectNode();
        detail.put("key", view.grid.getDataCommunicator().getKeyMapper().key(test(view.grid).getRow(row)));
        detail.put("columnId", columnId);
        ObjectNode data = JacksonUtils.createObjectNode();
        data.set("event.detail", detail);
        fire(view.grid.getElement(), "vaadin-context-menu-before-open", data);
        return !view.rowActions.getItems().isEmpty();
    }

    List<String> menuItems(PeopleRowActions menu) {
        return menu.getItems().stream().map(item -> item.getText()).toList();
    }

    void click(PeopleRowActions menu, String text) {
        GridMenuItem<Registration> item = menu.getItems().stream().filter(candidate -> candidate.getText().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + text));
        fire(item.getElement(), "click", JacksonUtils.createObjectNode());
    }

    static void fire(Element element, String type, ObjectNode data) {
        element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element, type, data));
    }

    @Test
    void theDemoEventsUsersAreCountedAndListedInTheOrderTheyRegistered() {
        AllUsersView view = open("events/" + DEMO_EVENT + "/people");
        assertThat(view.heading.getText()).isEqualTo("All users");
        assertThat(view.grid.count.getText()).isEqualTo("255 Users");
        assertThat(test(view.grid).size()).isEqualTo(255);
        assertThat(view.toolbar.role.isVisible()).isTrue();
        List<Registration> rows = java.util.stream.IntStream.range(0, 255).mapToObj(test(view.grid)::getRow).toList();
        assertThat(rows).isSortedAccordingTo(java.util.Comparator.comparing(Registration::createdAt));
        assertThat(names(view).subList(0, 20)).contains("Eric Grant", "Lori Hattaway", "Ella Williams");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("All users · Virtually Live!");
    }

    @Test
    void everyColumnShowsLabelsAndTheDateInTheEventsTimeZone() {
        AllUsersView view = open("events/" + DEMO_EVENT + "/people");
        view.toolbar.search.setValue("eric.grant@");
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getHeaderCell(0)).isEqualTo("User details");
        assertThat(grid.getCellText(0, 1)).isEqualTo("eric.grant@kaltura.com");
        assertThat(textOf(grid.getCellComponent(0, "name"))).isEqualTo("EGEric Grant".substring(2));
        assertThat(textOf(grid.getCellComponent(0, "roles"))).isEqualTo("Event manager Speaker Moderator");
        assertThat(grid.getCellText(0, 3)).isEqualTo("Registration");
        assertThat(textOf(grid.getCellComponent(0, "status"))).isEqualTo("Blocked from chat");
        assertThat(grid.getCellComponent(0, "status").getClassNames()).contains("badge", "status-blocked_from_chat");
        // Created 2021-10-09T14:00Z: 10:00 in New York.
        assertThat(grid.getCellText(0, 5)).isEqualTo("10/09/21");
    }

    /** The visible text of a cell's component tree, its parts separated by a space. */
    static String textOf(Component component) {
        return component.getElement().getTextRecursively().isEmpty() ? ""
                : component.getChildren().map(AllUsersViewTests::textOf).filter(text -> !text.isEmpty())
                        .reduce((a, b) -> a + " " + b)
                        .orElse(component.getElement().getTextRecursively());
    }

    @Test
    void theSearchMatchesNamesEmailsAndCompanies_andTheCountFollows() {
        AllUsersView view = open("events/" + DEMO_EVENT + "/people");
        view.toolbar.search.setValue("lorimer");
        assertThat(names(view)).containsExactlyInAnyOrder("Patrick Lorimer", "Eric Lorimer");
        assertThat(view.grid.count.getText()).isEqualTo("2 Users");
        view.toolbar.search.setValue("SPOTIFY");
        assertThat(names(view)).contains("Roger Chalmer");
        assertThat(view.grid.count.getText()).isEqualTo(test(view.grid).size() + " Users");
        view.toolbar.search.setValue("julian.lang@kaltura");
        assertThat(names(view)).containsExactly("Julian Lang");
        assertThat(view.grid.count.getText()).isEqualTo("1 User");
    }

    @Test
    void theRoleAndStatusFiltersCombineWithTheSearch() {
        AllUsersView view = open("events/" + DEMO_EVENT + "/people");
        view.toolbar.role.setValue(EventRole.EVENT_MANAGER);
        assertThat(names(view)).contains("Eric Grant", "Patrick Lorimer", "James Li");
        assertThat(test(view.grid).size()).isEqualTo(Integer.parseInt(view.grid.count.getText().split(" ")[0]));
        view.toolbar.status.setValue(RegistrationStatus.UNREGISTERED);
        assertThat(names(view)).contains("James Li").doesNotContain("Eric Grant");
        view.toolbar.search.setValue("james");
        assertThat(names(view)).containsExactly("James Li");
        view.toolbar.role.clear();
        view.toolbar.status.clear();
        view.toolbar.search.clear();
        assertThat(view.grid.count.getText()).isEqualTo("255 Users");
    }

    @Test
    void theFiltersComeFromTheAddress() {
        AllUsersView view = open("events/" + DEMO_EVENT + "/people?search=kaltura&role=speaker&status=blocked_from_chat");
        assertThat(view.toolbar.search.getValue()).isEqualTo("kaltura");
        assertThat(view.toolbar.role.getValue()).isEqualTo(EventRole.SPEAKER);
        assertThat(view.toolbar.status.getValue()).isEqualTo(RegistrationStatus.BLOCKED_FROM_CHAT);
        assertThat(names(view)).containsExactly("Eric Grant");
        // Nonsense in the address is ignored, like a filter never set.
        view = open("events/" + DEMO_EVENT + "/people?role=guest&status=");
        assertThat(view.toolbar.role.getValue()).isNull();
        assertThat(view.grid.count.getText()).isEqualTo("255 Users");
    }

    @Test
    void theScrollPositionComesFromTheAddressAndGoesBackIntoIt() {
        String people = "events/" + DEMO_EVENT + "/people";
        AllUsersView view = open(people + "?sort=name,asc&row=120");
        assertThat(view.position.firstRow()).isEqualTo(120);

        // The browser reports that the manager scrolled to the 41st person: the address and the back links keep it.
        ObjectNode scrolled = JacksonUtils.createObjectNode();
        scrolled.put("event.detail.row", 40);
        fire(view.grid.getElement(), "first-row-changed", scrolled);
        assertThat(view.position.firstRow()).isEqualTo(40);
        assertThat(KeptAddress.of(people)).isEqualTo(people + "?sort=name%2Casc&row=40");

        // A new search is a new list, read from its top.
        view.toolbar.search.setValue("kaltura");
        assertThat(view.position.firstRow()).isZero();
        assertThat(KeptAddress.of(people)).isEqualTo(people + "?search=kaltura&sort=name%2Casc");

        // Nonsense in the address is ignored: the list starts at its top.
        assertThat(open(people + "?row=-5").position.firstRow()).isZero();
        assertThat(open(people + "?row=lots").position.firstRow()).isZero();
    }

    @Test
    void theExportIsNamedAfterTheEventTheListAndTheDayInTheEventsTimeZone() {
        var event = access.findVisible(UUID.fromString(DEMO_EVENT)).orElseThrow();
        // 02:00 UTC on December 3rd is still December 2nd in New York, the demo event's time zone.
        var night = java.time.Clock.fixed(Instant.parse("2026-12-03T02:00:00Z"), ZoneId.of("UTC"));
        assertThat(AllUsersView.exportFileName(event, PeopleGroup.SPEAKERS, night))
                .isEqualTo("eventlens-virtually-live-speakers-2026-12-02.csv");
        assertThat(AllUsersView.exportFileName(event, PeopleGroup.ALL_USERS, night))
                .isEqualTo("eventlens-virtually-live-all-users-2026-12-02.csv");
    }

    @Test
    void speakersModeratorsAndTheEventTeamAreTheSameGridPreFiltered() {
        AllUsersView speakers = open("events/" + DEMO_EVENT + "/people/speakers");
        assertThat(speakers.heading.getText()).isEqualTo("Speakers");
        assertThat(speakers.toolbar.role.isVisible()).isFalse();
        long speakerCount = directory.countWithRole(UUID.fromString(DEMO_EVENT), EventRole.SPEAKER);
        assertThat(speakers.grid.count.getText()).isEqualTo(speakerCount + " Speakers");
        assertThat(test(speakers.grid).size()).isEqualTo((int) speakerCount);
        assertThat(names(speakers)).contains("Julian Lang", "Eric Grant");

        AllUsersView moderators = open("events/" + DEMO_EVENT + "/people/moderators");
        assertThat(moderators.heading.getText()).isEqualTo("Moderators");
        assertThat(names(moderators)).contains("Lori Hattaway").doesNotContain("Julian Lang");

        AllUsersView team = open("events/" + DEMO_EVENT + "/people/team");
        assertThat(team.heading.getText()).isEqualTo("Event team");
        assertThat(names(team)).contains("Patrick Lorimer", "Eric Grant", "James Li");
        assertThat(team.grid.count.getText()).endsWith(" team members");
        team.toolbar.search.setValue("patrick");
        assertThat(team.grid.count.getText()).isEqualTo("1 team member");

        navigate("events/" + DEMO_EVENT + "/people/guests", NotFoundView.class);
    }

    @Test
    void everyColumnSortsInTheDatabase() {
        AllUsersView view = open("events/" + DEMO_EVENT + "/people");
        for (String key : List.of("name", "email", "roles", "registrationType", "status", "createdAt")) {
            assertThat(view.grid.getColumnByKey(key).isSortable()).as(key).isTrue();
        }
        view.grid.sort(GridSortOrder.asc(view.grid.getColumnByKey("name")).build());
        List<String> byName = names(view);
        assertThat(byName.getFirst()).startsWith("A");
        assertThat(byName).hasSize(255);
        view.grid.sort(GridSortOrder.desc(view.grid.getColumnByKey("email")).build());
        assertThat(test(view.grid).getRow(0).email().toLowerCase()).startsWith("z");
        view.grid.sort(GridSortOrder.asc(view.grid.getColumnByKey("status")).build());
        assertThat(test(view.grid).getRow(0).status()).isEqualTo(RegistrationStatus.ATTENDED);
        assertThat(test(view.grid).getRow(254).status()).isEqualTo(RegistrationStatus.UNREGISTERED);
    }

    @Test
    void anEventWithoutPeopleSaysSo_andANoMatchSearchOffersToClearIt() {
        UUID empty = UUID.randomUUID();
        events.save(new Event(empty, "Empty event", "", Instant.parse("2023-01-01T10:00:00Z"),
                Instant.parse("2023-01-01T12:00:00Z"), ZoneId.of("Europe/Berlin")));
        AllUsersView view = open("events/" + empty + "/people");
        assertThat(view.grid.count.getText()).isEqualTo("0 Users");
        assertThat(view.emptyState.getElement().getTextRecursively())
                .contains("Nobody is registered to this event yet.")
                .contains("Invite people one by one, or upload a CSV file to invite many at once.");
        AllUsersView speakers = open("events/" + empty + "/people/speakers");
        assertThat(speakers.emptyState.getElement().getTextRecursively()).contains("This event has no speakers yet.");

        AllUsersView demo = open("events/" + DEMO_EVENT + "/people");
        demo.toolbar.search.setValue("nobody like this");
        assertThat(demo.grid.count.getText()).isEqualTo("0 Users");
        assertThat(demo.emptyState.getElement().getTextRecursively())
                .contains("No users match \u201cnobody like this\u201d.");
        demo.toolbar.status.setValue(RegistrationStatus.BLOCKED);
        assertThat(demo.emptyState.getElement().getTextRecursively()).contains("with these filters.");
        demo.clearFilters();
        assertThat(demo.grid.count.getText()).isEqualTo("255 Users");
        assertThat(demo.toolbar.search.getValue()).isEmpty();
        assertThat(demo.toolbar.status.getValue()).isNull();
    }

    @Test
    void theRowMenuOffersTheActionsThatFitTheStatus() {
        AllUsersView view = open("events/" + DEMO_EVENT + "/people");
        view.toolbar.search.setValue("kaltura.com");
        assertThat(menuItems(menuOf(view, "Ella Williams")))
                .containsExactly("View analytics", "Edit", "Block", "Block from chat", "Remove");
        assertThat(menuItems(menuOf(view, "Eric Grant")))
                .containsExactly("View analytics", "Edit", "Block", "Unblock", "Remove");
        assertThat(menuItems(menuOf(view, "Sandra Sullivan")))
                .containsExactly("View analytics", "Edit", "Block from chat", "Unblock", "Remove");
    }

    @Test
    void onlyTheActionsColumnOpensTheRowMenu() {
        AllUsersView view = open("events/" + DEMO_EVENT + "/people");
        assertThat(view.rowActions.isOpenOnClick()).as("a click (Enter or Space on the ⋮ button too)").isTrue();
        assertThat(openMenu(view, 0, "")).as("a click on the name or any other cell").isFalse();
        assertThat(openMenu(view, 0, PeopleRowActions.COLUMN_ID)).isTrue();
        assertThat(view.grid.getColumnByKey(PeopleGrid.ACTIONS).getId()).hasValue(PeopleRowActions.COLUMN_ID);
    }

    @Test
    void viewAnalyticsOpensTheUsersDashboard() {
        AllUsersView view = open("events/" + DEMO_EVENT + "/people");
        view.toolbar.search.setValue("abbie.wilson@kaltura");
        Registration abbie = test(view.grid).getRow(0);
        click(menuOf(view, "Abbie Wilson"), "View analytics");
        assertThat(getCurrentView()).isInstanceOf(UserAnalyticsView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("events/" + DEMO_EVENT + "/users/" + abbie.id() + "/analytics");
    }

    @Test
    void blockBlockFromChatAndUnblockChangeTheStatus() {
        PeopleFixture fixture = PeopleFixture.create(events, directory, 0);
        AllUsersView view = open("events/" + fixture.eventId() + "/people");
        click(menuOf(view, "Ann Archer"), "Block from chat");
        assertThat(lastNotification()).isEqualTo("Ann Archer is blocked from the chat.");
        assertThat(directory.find(fixture.eventId(), fixture.ann().id()).orElseThrow().status())
                .isEqualTo(RegistrationStatus.BLOCKED_FROM_CHAT);
        click(menuOf(view, "Ann Archer"), "Block");
        assertThat(lastNotification()).isEqualTo("Ann Archer is blocked from the event.");
        assertThat(textOf(test(view.grid).getCellComponent(names(view).indexOf("Ann Archer"), "status")))
                .isEqualTo("Blocked");
        click(menuOf(view, "Ann Archer"), "Unblock");
        assertThat(lastNotification()).isEqualTo("Ann Archer is unblocked.");
        assertThat(directory.find(fixture.eventId(), fixture.ann().id()).orElseThrow().status())
                .isEqualTo(RegistrationStatus.ATTENDED);
    }

    @Test
    void removeAsksFirst() {
        PeopleFixture fixture = PeopleFixture.create(events, directory, 0);
        AllUsersView view = open("events/" + fixture.eventId() + "/people");
        click(menuOf(view, "Eve Evans"), "Remove");
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Remove Eve Evans?");
        assertThat(test(confirm).getText()).isEqualTo("Eve Evans (eve_evans@hooli.example) will no longer be "
                + "registered to People test " + fixture.eventId() + " and will disappear from its users. This cannot "
                + "be undone.");
        test(confirm).cancel();
        assertThat(view.grid.count.getText()).isEqualTo("5 Users");
        click(menuOf(view, "Eve Evans"), "Remove");
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(lastNotification()).isEqualTo("Eve Evans is removed.");
        assertThat(view.grid.count.getText()).isEqualTo("4 Users");
        assertThat(names(view)).doesNotContain("Eve Evans");
    }

    @Test
    @WithUserDetails("manager")
    void theManagerCannotRemoveThemselves() {
        AllUsersView view = open("events/" + DEMO_EVENT + "/people?search=patrick.lorimer");
        click(menuOf(view, "Patrick Lorimer"), "Remove");
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(lastNotification()).isEqualTo("You cannot remove yourself: you would lose access to this event.");
        assertThat(view.grid.count.getText()).isEqualTo("1 User");
    }

    @Test
    void theInviteDialogShowsEveryProblemUnderItsField() {
        PeopleFixture fixture = PeopleFixture.create(events, directory, 0);
        AllUsersView view = open("events/" + fixture.eventId() + "/people");
        PersonDialog dialog = inviteDialog(view);
        assertThat(dialog.roles.getValue()).as("an invitee attends by default").containsExactly(EventRole.ATTENDEE);
        dialog.roles.clear();
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.errorOf(PersonField.FIRST_NAME)).isEqualTo("First name is required.");
        assertThat(dialog.errorOf(PersonField.LAST_NAME)).isEqualTo("Last name is required.");
        assertThat(dialog.errorOf(PersonField.EMAIL)).isEqualTo("E-mail address is required.");
        assertThat(dialog.errorOf(PersonField.ROLES)).isEqualTo("Choose at least one role.");
        assertThat(dialog.errorOf(PersonField.TITLE)).isNull();

        test(dialog.firstName).setValue("x".repeat(101));
        test(dialog.lastName).setValue("x".repeat(101));
        test(dialog.email).setValue("jane@");
        dialog.roles.setValue(Set.of(EventRole.SPEAKER));
        test(dialog.title).setValue("t".repeat(201));
        test(dialog.company).setValue("c".repeat(201));
        test(dialog.industry).setValue("i".repeat(201));
        test(dialog.save).click();
        assertThat(dialog.errorOf(PersonField.FIRST_NAME)).isEqualTo("First name is too long (at most 100 characters).");
        assertThat(dialog.errorOf(PersonField.LAST_NAME)).isEqualTo("Last name is too long (at most 100 characters).");
        assertThat(dialog.errorOf(PersonField.EMAIL))
                .isEqualTo("\"jane@\" is not a valid e-mail address, such as name@example.com.");
        assertThat(dialog.errorOf(PersonField.ROLES)).as("fixed now").isNull();
        assertThat(dialog.errorOf(PersonField.TITLE)).isEqualTo("Job title is too long (at most 200 characters).");
        assertThat(dialog.errorOf(PersonField.COMPANY)).isEqualTo("Company is too long (at most 200 characters).");
        assertThat(dialog.errorOf(PersonField.INDUSTRY)).isEqualTo("Industry is too long (at most 200 characters).");

        test(dialog.email).setValue("A".repeat(250) + "@x.io");
        test(dialog.save).click();
        assertThat(dialog.errorOf(PersonField.EMAIL)).isEqualTo("E-mail address is too long (at most 254 characters).");

        test(dialog.firstName).setValue("Jane");
        test(dialog.lastName).setValue("Doe");
        test(dialog.email).setValue("ANN.ARCHER@acme.example");
        test(dialog.title).setValue("CTO");
        test(dialog.company).setValue("Initech");
        test(dialog.industry).setValue("Software");
        dialog.country.setValue("DE");
        test(dialog.save).click();
        assertThat(dialog.errorOf(PersonField.EMAIL)).isEqualTo("ANN.ARCHER@acme.example is already registered to "
                + "this event.");
        assertThat(dialog.errorOf(PersonField.FIRST_NAME)).isNull();
        assertThat(view.grid.count.getText()).isEqualTo("5 Users");

        test(dialog.email).setValue("jane.doe@initech.example");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(lastNotification()).isEqualTo("Jane Doe is invited.");
        assertThat(view.grid.count.getText()).isEqualTo("6 Users");
        view.toolbar.search.setValue("jane.doe");
        Registration jane = test(view.grid).getRow(0);
        assertThat(jane.status()).isEqualTo(RegistrationStatus.INVITED);
        assertThat(jane.country()).isEqualTo("DE");
        assertThat(jane.roles()).containsExactly(EventRole.SPEAKER);
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Invitation");
    }

    @Test
    void theInviteDialogOfAGroupPageStartsWithItsRole() {
        PeopleFixture fixture = PeopleFixture.create(events, directory, 0);
        AllUsersView view = open("events/" + fixture.eventId() + "/people/moderators");
        assertThat(inviteDialog(view).roles.getValue()).containsExactly(EventRole.MODERATOR);
    }

    @Test
    void theEditDialogChangesTheProfileAndChecksItLikeTheInvite() {
        PeopleFixture fixture = PeopleFixture.create(events, directory, 0);
        AllUsersView view = open("events/" + fixture.eventId() + "/people");
        click(menuOf(view, "Bob Baker"), "Edit");
        PersonDialog dialog = $(PersonDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Edit Bob Baker");
        assertThat(dialog.email.getValue()).isEqualTo("Bob.Baker@globex.example");
        assertThat(dialog.roles.getValue()).containsExactlyInAnyOrder(EventRole.SPEAKER, EventRole.ATTENDEE);
        assertThat(dialog.country.getValue()).isEqualTo("US");

        test(dialog.email).setValue("dan@ACME.example");
        test(dialog.lastName).setValue("");
        test(dialog.save).click();
        assertThat(dialog.errorOf(PersonField.EMAIL)).isEqualTo("dan@ACME.example is already registered to this event.");
        assertThat(dialog.errorOf(PersonField.LAST_NAME)).isEqualTo("Last name is required.");

        test(dialog.email).setValue("robert.baker@globex.example");
        test(dialog.firstName).setValue("Robert");
        test(dialog.lastName).setValue("Baker");
        dialog.roles.setValue(Set.of(EventRole.MODERATOR));
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(lastNotification()).isEqualTo("Saved Robert Baker.");
        Registration robert = directory.find(fixture.eventId(), fixture.bob().id()).orElseThrow();
        assertThat(robert.fullName()).isEqualTo("Robert Baker");
        assertThat(robert.roles()).containsExactly(EventRole.MODERATOR);
        assertThat(robert.status()).isEqualTo(RegistrationStatus.INVITED);
        assertThat(names(view)).contains("Robert Baker").doesNotContain("Bob Baker");
    }

    @Test
    @WithUserDetails("manager")
    void theManagerCannotEditThemselvesOutOfTheEvent() {
        AllUsersView view = open("events/" + DEMO_EVENT + "/people?search=patrick.lorimer");
        click(menuOf(view, "Patrick Lorimer"), "Edit");
        PersonDialog dialog = $(PersonDialog.class).last();
        dialog.roles.setValue(Set.of(EventRole.SPEAKER));
        test(dialog.email).setValue("patrick@elsewhere.example");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.errorOf(PersonField.ROLES)).isEqualTo("You cannot take away your own Event manager role: "
                + "you would lose access to this event.");
        assertThat(dialog.errorOf(PersonField.EMAIL)).isEqualTo("You cannot change your own e-mail address here: "
                + "your access to this event depends on it.");
        test(dialog.cancel).click();
        assertThat(directory.find(UUID.fromString(DEMO_EVENT), test(view.grid).getRow(0).id()).orElseThrow().roles())
                .contains(EventRole.EVENT_MANAGER);
    }

    @Test
    void aGoodBulkInviteFileInvitesEveryone() {
        PeopleFixture fixture = PeopleFixture.create(events, directory, 0);
        AllUsersView view = open("events/" + fixture.eventId() + "/people");
        BulkInviteDialog dialog = bulkInviteDialog(view);
        test(dialog.upload).upload("people.csv", "text/csv", (BulkInviteDialog.TEMPLATE).getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(lastNotification()).isEqualTo("2 people are invited.");
        assertThat(view.grid.count.getText()).isEqualTo("7 Users");
        view.toolbar.search.setValue("julian.lang@example.com");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Bulk upload");
    }

    @Test
    void aBadBulkInviteFileListsEveryBadRowAndInvitesNobody() {
        PeopleFixture fixture = PeopleFixture.create(events, directory, 0);
        AllUsersView view = open("events/" + fixture.eventId() + "/people");
        BulkInviteDialog dialog = bulkInviteDialog(view);
        test(dialog.upload).upload("people.csv", "text/csv", ("first_name,last_name,email,roles,title,company,"
                + "industry,country\nJane,Doe,jane@initech.example,,,,,\nJoe,Bloggs,,,,,,\nAnn,Archer,"
                + "ann.archer@acme.example,Guest,,,,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.result.getElement().getTextRecursively())
                .contains("Nothing was imported: 2 rows need fixing. Correct the file and upload it again.");
        var problems = test(dialog.problems);
        assertThat(problems.size()).isEqualTo(2);
        assertThat(problems.getCellText(0, 0)).isEqualTo("3");
        assertThat(problems.getCellText(0, 1)).isEqualTo("E-mail address is required.");
        assertThat(problems.getCellText(1, 0)).isEqualTo("4");
        assertThat(problems.getCellText(1, 1)).isEqualTo("Unknown role \"Guest\": use Event manager, Speaker, "
                + "Moderator or Attendee, separated by |. ann.archer@acme.example is already registered to this event.");
        assertThat(view.grid.count.getText()).isEqualTo("5 Users");
    }

    @Test
    @WithUserDetails("manager")
    void anotherEventsPeopleAreNotFoundForTheManager() {
        PeopleFixture fixture = PeopleFixture.create(events, directory, 0);
        navigate("events/" + fixture.eventId() + "/people", NotFoundView.class);
        navigate("events/" + fixture.eventId() + "/people/team", NotFoundView.class);
        navigate("events/not-a-uuid/people", NotFoundView.class);
        assertThat(open("events/" + DEMO_EVENT + "/people").grid.count.getText()).isEqualTo("255 Users");
    }
}
