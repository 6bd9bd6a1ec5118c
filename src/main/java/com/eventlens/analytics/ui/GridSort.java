package com.eventlens.analytics.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.eventlens.shared.ui.KeptAddress;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;

/**
 * The sort of a lazy dashboard table (a session's attendees, a video's viewers): taken from the page's address
 * ({@code ?sort=reactions,desc}) when the page opens, written back when the manager sorts, and read by the export
 * (on its own thread) so that the CSV comes in the order shown.
 */
final class GridSort<T> {

    private final Grid<T> grid;
    private final String defaultSort;
    private volatile String sort;
    private volatile boolean descending = true;
    private String path;

    GridSort(Grid<T> grid, String defaultSort) {
        this.grid = grid;
        this.defaultSort = defaultSort;
        this.sort = defaultSort;
        grid.addSortListener(sorted -> {
            GridSortOrder<T> order = sorted.getSortOrder().stream().findFirst().orElse(null);
            sort = order == null ? defaultSort : order.getSorted().getKey();
            descending = order == null || order.getDirection() == SortDirection.DESCENDING;
            if (sorted.isFromClient() && path != null) {
                Map<String, String> parameters = new LinkedHashMap<>();
                KeptAddress.sortOf(grid).ifPresent(value -> parameters.put(KeptAddress.SORT, value));
                KeptAddress.keep(path, parameters);
            }
        });
    }

    /** Sorts as the page's address says, or by the default (most first). */
    void restore(BeforeEnterEvent navigation) {
        path = navigation.getLocation().getPath();
        if (!KeptAddress.sort(grid, KeptAddress.first(navigation.getLocation().getQueryParameters().getParameters(),
                KeptAddress.SORT))) {
            grid.sort(GridSortOrder.desc(grid.getColumnByKey(defaultSort)).build());
        }
    }

    String sort() {
        return sort;
    }

    boolean descending() {
        return descending;
    }
}
