package com.eventlens.analytics.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.eventlens.analytics.PageRequest;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;

/** Lazy grids over the read model: the grid's offset, limit and sort become SQL paging. */
final class Paging {

    @FunctionalInterface
    interface PageSource<T> {
        List<T> fetch(PageRequest page);
    }

    private Paging() {
    }

    /**
     * The rows the grid asks for, fetched in slices the read model accepts (a grid may ask for more at once,
     * e.g. to export or in tests).
     */
    static <T> Stream<T> fetch(Query<T, Void> query, String defaultSort, PageSource<T> source) {
        String sort = defaultSort;
        boolean descending = true;
        for (var order : query.getSortOrders()) {
            sort = order.getSorted();
            descending = order.getDirection() == SortDirection.DESCENDING;
        }
        List<T> rows = new ArrayList<>();
        long offset = query.getOffset();
        int remaining = query.getLimit();
        while (remaining > 0) {
            int size = Math.min(remaining, PageRequest.MAX_SIZE);
            List<T> page = source.fetch(new PageRequest(offset, size, sort, descending));
            rows.addAll(page);
            if (page.size() < size) {
                break;
            }
            offset += size;
            remaining -= size;
        }
        return rows.stream();
    }
}
