package com.eventlens.shared.ui;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

/**
 * A list page's search, filters, sort and position in its address ({@code ?search=…&sort=name,asc&row=120}), so that
 * Back, Forward, a reload and a bookmark show the list as the manager left it; and remembered for the session, so
 * that a link back to the list (a detail page's "← Back to all users", its breadcrumb) returns to it too.
 */
public final class KeptAddress {

    public static final String SORT = "sort";

    private static final String REMEMBERED = KeptAddress.class.getName();

    private KeptAddress() {
    }

    /** Puts the list's state into the address without a navigation (no new history entry) and remembers it. */
    public static void keep(String path, Map<String, String> parameters) {
        QueryParameters query = QueryParameters.simple(parameters);
        remembered().ifPresent(addresses -> addresses.put(path, query.getQueryString()));
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(path, query));
    }

    /** The list's address as the manager last left it in this session: {@code path} with its query. */
    public static String of(String path) {
        String query = remembered().map(addresses -> addresses.get(path)).orElse("");
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** The first value of a query parameter. */
    public static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return Optional.ofNullable(parameters.get(name)).flatMap(values -> values.stream().findFirst())
                .filter(value -> !value.isBlank());
    }

    /** The grid's sort as the address writes it, {@code name,asc}; empty when it is in its own order. */
    public static Optional<String> sortOf(Grid<?> grid) {
        return grid.getSortOrder().stream().findFirst().filter(order -> order.getSorted().getKey() != null)
                .map(order -> order.getSorted().getKey() + ","
                        + (order.getDirection() == SortDirection.DESCENDING ? "desc" : "asc"));
    }

    /**
     * Sorts the grid as the address says ({@code key,asc} or {@code key,desc}, the key of a sortable column). A value
     * that names no such column is ignored, like a sort that was never chosen: the grid keeps its own order.
     */
    public static <T> boolean sort(Grid<T> grid, Optional<String> value) {
        if (value.isEmpty()) {
            return false;
        }
        String[] parts = value.get().split(",", 2);
        Grid.Column<T> column = grid.getColumnByKey(parts[0].strip());
        if (column == null || !column.isSortable()) {
            return false;
        }
        boolean descending = parts.length > 1 && parts[1].strip().toLowerCase(Locale.ROOT).equals("desc");
        grid.sort(List.of(new GridSortOrder<>(column, descending ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
        return true;
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, String>> remembered() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        Object addresses = session.getAttribute(REMEMBERED);
        if (!(addresses instanceof Map)) {
            addresses = new Addresses();
            session.setAttribute(REMEMBERED, addresses);
        }
        return Optional.of((Map<String, String>) addresses);
    }

    /** The remembered addresses of one session, by path. */
    private static final class Addresses extends HashMap<String, String> implements Serializable {
    }
}
