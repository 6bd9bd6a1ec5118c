package com.eventlens.analytics.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.data.provider.ListDataProvider;

/**
 * The rows of a small dashboard grid, replaced in place when the numbers change. Rows are known by their key (a
 * session's id, not the record with its figures), so that a row the manager expanded stays expanded.
 */
final class KeyedRows<T> extends ListDataProvider<T> {

    private final Function<T, ?> key;

    KeyedRows(Function<T, ?> key) {
        super(new ArrayList<>());
        this.key = key;
    }

    @Override
    public Object getId(T row) {
        return key.apply(row);
    }

    void show(List<T> rows) {
        getItems().clear();
        getItems().addAll(rows);
        refreshAll();
    }
}
