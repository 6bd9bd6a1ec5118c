package com.eventlens.analytics;

import java.util.Set;

import com.eventlens.shared.input.InvalidInput;
import com.eventlens.shared.input.Inputs;

/**
 * A slice of a dashboard's table, sorted in SQL. {@code sort} names a column of the JSON rows
 * (e.g. {@code secondsViewed}); anything else is refused before a query runs.
 */
public record PageRequest(long offset, int size, String sort, boolean descending) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (offset < 0) {
            throw new InvalidInput("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInput("size", "must be between 1 and " + MAX_SIZE + ", was " + size);
        }
    }

    /** Page {@code page} (from 0) of {@code size} rows. */
    public static PageRequest page(int page, int size, String sort, boolean descending) {
        if (page < 0) {
            throw new InvalidInput("page", "must be 0 or more, was " + page);
        }
        return new PageRequest((long) page * size, size, sort, descending);
    }

    public void requireSortAmong(Set<String> allowed) {
        if (!allowed.contains(sort)) {
            throw new InvalidInput("sort", "must be one of " + allowed + ", was " + Inputs.echo(sort));
        }
    }
}
