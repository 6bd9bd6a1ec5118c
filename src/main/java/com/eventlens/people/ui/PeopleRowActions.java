package com.eventlens.people.ui;

import java.util.UUID;
import java.util.function.Supplier;

import com.eventlens.people.PeopleChangeRefused;
import com.eventlens.people.PeopleManagement;
import com.eventlens.people.PersonNotFound;
import com.eventlens.people.PersonProfile;
import com.eventlens.people.Registration;
import com.eventlens.people.RegistrationStatus;
import com.eventlens.people.VisibleEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.component.grid.contextmenu.GridMenuItem;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

import tools.jackson.databind.node.ObjectNode;

/**
 * The actions of a row of the people grid: one menu for the whole grid, opened by the row's ⋮ button (a click, or
 * Enter or Space on it), holding what fits the person's status — view analytics, edit, block, block from chat,
 * unblock, remove. After a change the grid shows its rows again.
 */
final class PeopleRowActions extends GridContextMenu<Registration> {

    /** The id of the ⋮ column: a click anywhere else in the grid opens nothing. */
    static final String COLUMN_ID = "people-row-actions";

    private final PeopleManagement people;
    private final Supplier<VisibleEvent> event;
    private final Runnable changed;

    PeopleRowActions(PeopleGrid grid, PeopleManagement people, Supplier<VisibleEvent> event, Runnable changed) {
        super(grid);
        this.people = people;
        this.event = event;
        this.changed = changed;
        addClassName("row-actions");
        setOpenOnClick(true);
        setDynamicContentHandler(person -> {
            if (person == null) {
                return false;
            }
            offer(person);
            return true;
        });
    }

    @Override
    protected boolean onBeforeOpenMenu(ObjectNode detail) {
        // Open on click is the grid's: only a click in the ⋮ column is meant to open the menu.
        return COLUMN_ID.equals(detail.path("columnId").asString("")) && super.onBeforeOpenMenu(detail);
    }

    /** Fills the menu with the actions that fit the person's status now. */
    void offer(Registration person) {
        removeAll();
        item(VaadinIcon.CHART, "View analytics", () -> viewAnalytics(person));
        item(VaadinIcon.EDIT, "Edit", () -> edit(person));
        addSeparator();
        boolean blocked = person.status() == RegistrationStatus.BLOCKED;
        boolean chatBlocked = person.status() == RegistrationStatus.BLOCKED_FROM_CHAT;
        if (!blocked) {
            item(VaadinIcon.BAN, "Block", () -> change(person, "is blocked from the event",
                    () -> people.block(eventId(), person.id())));
        }
        if (!chatBlocked) {
            item(VaadinIcon.COMMENT_ELLIPSIS_O, "Block from chat", () -> change(person, "is blocked from the chat",
                    () -> people.blockFromChat(eventId(), person.id())));
        }
        if (blocked || chatBlocked) {
            item(VaadinIcon.CHECK_CIRCLE_O, "Unblock", () -> change(person, "is unblocked",
                    () -> people.unblock(eventId(), person.id())));
        }
        addSeparator();
        item(VaadinIcon.TRASH, "Remove", () -> confirmRemove(person)).addClassName("danger-item");
    }

    private GridMenuItem<Registration> item(VaadinIcon icon, String text, Runnable action) {
        GridMenuItem<Registration> item = addItem(text, click -> action.run());
        Icon prefix = icon.create();
        prefix.addClassName("menu-icon");
        item.addComponentAsFirst(prefix);
        return item;
    }

    private UUID eventId() {
        return event.get().id();
    }

    /** The user analytics of the analytics module, named by address: people must not depend on analytics. */
    private void viewAnalytics(Registration person) {
        UI.getCurrent().navigate("events/" + eventId() + "/users/" + person.id() + "/analytics");
    }

    private void edit(Registration person) {
        new PersonDialog("Edit " + person.fullName(), "Save", PersonProfile.of(person),
                profile -> people.edit(eventId(), person.id(), profile),
                saved -> {
                    Toasts.success("Saved " + saved.fullName() + ".");
                    changed.run();
                }).open();
    }

    private void confirmRemove(Registration person) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Remove " + person.fullName() + "?");
        confirm.setText(person.fullName() + " (" + person.email() + ") will no longer be registered to "
                + event.get().name() + " and will disappear from its users. This cannot be undone.");
        confirm.setCancelable(true);
        // Cancel, not the red Remove, has the focus once the dialog is open: Enter in a hurry removes nobody.
        confirm.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                confirm.getElement().executeJs("setTimeout(() => this.querySelector('[slot=\"cancel-button\"]')"
                        + "?.focus(), 50)");
            }
        });
        confirm.setConfirmText("Remove");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(yes -> {
            try {
                people.remove(eventId(), person.id());
                Toasts.success(person.fullName() + " is removed.");
            } catch (PeopleChangeRefused refused) {
                Toasts.error(refused.getMessage());
            } catch (PersonNotFound gone) {
                Toasts.error(person.fullName() + " was removed already.");
            }
            changed.run();
        });
        confirm.open();
    }

    private void change(Registration person, String what, Supplier<Registration> action) {
        try {
            Toasts.success(action.get().fullName() + " " + what + ".");
        } catch (PersonNotFound gone) {
            Toasts.error(person.fullName() + " is no longer registered to this event.");
        }
        changed.run();
    }
}
