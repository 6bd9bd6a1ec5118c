package com.eventlens.people.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.eventlens.people.EventRole;
import com.eventlens.people.PeopleFilter;
import com.eventlens.people.RegistrationStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The search and filters above the people grid (and, at their end, what the grid counts). They read and write the
 * page address's {@code ?search=…&role=…&status=…}; a change the user makes, and only that, is reported.
 */
final class PeopleToolbar extends Div {

    static final int SEARCH_DELAY_MILLIS = 300;

    final TextField search = new TextField();
    final Select<EventRole> role = new Select<>();
    final Select<RegistrationStatus> status = new Select<>();
    private final Runnable changed;
    private PeopleGroup group = PeopleGroup.ALL_USERS;
    /** While the address sets the values, no change is reported. */
    private boolean setting;

    PeopleToolbar(Component count, Runnable changed) {
        this.changed = changed;
        addClassName("people-toolbar");

        search.setPlaceholder("Search name, email or company");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(SEARCH_DELAY_MILLIS);
        search.setMaxLength(PeopleFilter.MAX_SEARCH_LENGTH);
        search.addClassName("people-search");
        search.getElement().setAttribute("aria-label", "Search users");

        choices(role, EventRole.values(), "All roles", "Role", EventRole::label);
        role.addClassName("people-filter");
        choices(status, RegistrationStatus.values(), "All statuses", "Status", RegistrationStatus::label);
        status.addClassNames("people-filter", "status-filter");

        search.addValueChangeListener(change -> reportChange());
        role.addValueChangeListener(change -> reportChange());
        status.addValueChangeListener(change -> reportChange());
        add(search, role, status, count);
    }

    private static <E> void choices(Select<E> select, E[] values, String all, String label,
                                    Function<E, String> name) {
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(all);
        select.setItemLabelGenerator(value -> value == null ? all : name.apply(value));
        select.setPlaceholder(all);
        select.getElement().setAttribute("aria-label", label);
    }

    /** Shows the group's filters with the values of the address; a value that names nothing is left empty. */
    void show(PeopleGroup shown, Map<String, List<String>> address) {
        group = shown;
        role.setVisible(group.role() == null);
        quietly(() -> {
            search.setValue(first(address, "search").orElse(""));
            role.setValue(first(address, "role").flatMap(value -> parse(EventRole.class, value)).orElse(null));
            status.setValue(first(address, "status").flatMap(value -> parse(RegistrationStatus.class, value))
                    .orElse(null));
        });
    }

    /** What the grid should show: a group's page is always filtered to its role. */
    PeopleFilter filter() {
        return new PeopleFilter(search.getValue(), group.role() != null ? group.role() : role.getValue(),
                status.getValue());
    }

    /** The search and filters as the address's query parameters, only those that are set. */
    Map<String, String> address() {
        Map<String, String> parameters = new LinkedHashMap<>();
        String searched = filter().search();
        if (!searched.isEmpty()) {
            parameters.put("search", searched);
        }
        if (group.role() == null && role.getValue() != null) {
            parameters.put("role", role.getValue().name().toLowerCase(Locale.ROOT));
        }
        if (status.getValue() != null) {
            parameters.put("status", status.getValue().name().toLowerCase(Locale.ROOT));
        }
        return parameters;
    }

    /** Clears the search and filters, reported as one change. */
    void clear() {
        quietly(() -> {
            search.clear();
            role.clear();
            status.clear();
        });
        changed.run();
    }

    private void reportChange() {
        if (!setting) {
            changed.run();
        }
    }

    private void quietly(Runnable change) {
        setting = true;
        try {
            change.run();
        } finally {
            setting = false;
        }
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return Optional.ofNullable(parameters.get(name)).flatMap(values -> values.stream().findFirst());
    }

    /** A value of the address that names no constant is ignored, like a filter that was never set. */
    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
