package com.eventlens.people.ui;

import java.util.Locale;

import com.eventlens.people.PeopleFilter;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * What the people grid shows instead of rows: for a group nobody is in yet, how to invite someone; for a search or
 * filter that matches nobody, what was looked for and how to clear it.
 */
final class PeopleEmptyState extends Div {

    private final Runnable invite;
    private final Runnable bulkInvite;
    private final Runnable clearFilters;

    PeopleEmptyState(Runnable invite, Runnable bulkInvite, Runnable clearFilters) {
        this.invite = invite;
        this.bulkInvite = bulkInvite;
        this.clearFilters = clearFilters;
        addClassName("people-empty");
    }

    /** Empty while there are people to show (or the count is not known yet). */
    void show(long found, PeopleFilter filter, PeopleGroup group) {
        removeAll();
        if (found > 0) {
            return;
        }
        if (filter.search().isEmpty() && (group.role() != null ? filter.status() == null : filter.isEveryone())) {
            String what = group == PeopleGroup.ALL_USERS ? "Nobody is registered to this event yet."
                    : "This event has no " + group.title().toLowerCase(Locale.ROOT) + " yet.";
            Button first = new Button("Invite someone", VaadinIcon.PLUS.create(), click -> invite.run());
            first.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button many = new Button("Bulk invite", VaadinIcon.UPLOAD.create(), click -> bulkInvite.run());
            Div actions = new Div(first, many);
            actions.addClassName("people-empty-actions");
            add(icon(VaadinIcon.USERS), new H2(what), new Paragraph("Invite people one by one, or upload a CSV file "
                    + "to invite many at once."), actions);
        } else {
            String text = filter.search().isEmpty() ? "No users match these filters."
                    : "No users match \u201c" + filter.search() + "\u201d" + (filter.role() == null
                    && filter.status() == null ? "." : " with these filters.");
            Button clear = new Button("Clear search and filters", click -> clearFilters.run());
            add(icon(VaadinIcon.SEARCH), new H2(text), new Paragraph("Search looks for parts of names, e-mail "
                    + "addresses and companies."), clear);
        }
    }

    private static Icon icon(VaadinIcon which) {
        Icon icon = which.create();
        icon.addClassName("people-empty-icon");
        return icon;
    }
}
