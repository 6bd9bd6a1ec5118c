package com.eventlens.people.ui;

import java.util.Locale;

import com.eventlens.people.EventRole;
import com.eventlens.people.Registration;
import com.eventlens.people.RegistrationStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The grid's cells: a person's name with their avatar, role badges and the coloured status badge. */
final class PeopleBadges {

    private PeopleBadges() {
    }

    static Component person(Registration person) {
        Avatar avatar = new Avatar(person.fullName());
        // The same person always gets the same colour.
        avatar.setColorIndex(Math.floorMod(person.email().toLowerCase(Locale.ROOT).hashCode(), 7));
        avatar.addClassName("person-avatar");
        Span name = new Span(person.fullName());
        name.addClassName("person-name");
        Div cell = new Div(avatar, name);
        cell.addClassName("person-cell");
        return cell;
    }

    static Component roles(Registration person) {
        Div roles = new Div();
        roles.addClassName("role-badges");
        person.roles().stream().sorted().forEach(role -> roles.add(role(role)));
        return roles;
    }

    static Span role(EventRole role) {
        Span badge = new Span(role.label());
        badge.addClassNames("badge", "role-badge", "role-" + role.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    static Span status(RegistrationStatus status) {
        Span badge = new Span(status.label());
        badge.addClassNames("badge", "status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    /** A score in whole points; 0, muted, for people without any activity yet. */
    static Span score(int score) {
        Span value = new Span(String.valueOf(score));
        value.addClassName(score == 0 ? "score-none" : "score-value");
        return value;
    }
}
