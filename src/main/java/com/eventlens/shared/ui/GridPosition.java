package com.eventlens.shared.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;

/**
 * Where a long, lazy grid is scrolled to, as the first row it shows: kept in the list's address
 * ({@code ?row=120}) so that Back, a reload or a bookmark scrolls the grid to the same person again, and the page
 * returns as the manager left it. The grid scrolls itself (virtual scrolling), so the browser cannot restore it.
 */
public final class GridPosition {

    public static final String ROW = "row";
    /** The grid's own event, sent by the browser a moment after the scrolling stops. */
    static final String MOVED = "first-row-changed";

    private final Grid<?> grid;
    private int firstRow;

    /** @param moved called after the manager scrolled the grid to another first row */
    public GridPosition(Grid<?> grid, Runnable moved) {
        this.grid = grid;
        grid.getElement().addEventListener(MOVED, event -> {
            int row = (int) event.getEventData().get("event.detail.row").asDouble();
            // A report that arrives after the page was left must not rewrite the next page's address.
            if (grid.isAttached() && row != firstRow && row >= 0) {
                firstRow = row;
                moved.run();
            }
        }).addEventData("event.detail.row");
        // The scroll happens in the grid's shadow table and does not bubble: the grid reports its first visible row,
        // once the scrolling has stopped for a quarter of a second.
        grid.addAttachListener(attached -> grid.getElement().executeJs("""
                if (this.__eventlensFirstRow) { return; }
                this.__eventlensFirstRow = true;
                let settled;
                this.$.table.addEventListener('scroll', () => {
                  clearTimeout(settled);
                  settled = setTimeout(() => {
                    const row = this._firstVisibleIndex;
                    if (this.isConnected && typeof row === 'number') {
                      this.dispatchEvent(new CustomEvent($0, {detail: {row}}));
                    }
                  }, 250);
                }, {passive: true});""", MOVED));
    }

    /** Scrolls to the row the address names ({@code row=120}); to the top when it names none or nonsense. */
    public void restore(Map<String, List<String>> address) {
        firstRow = KeptAddress.first(address, ROW).filter(value -> value.matches("\\d{1,9}"))
                .map(Integer::parseInt).orElse(0);
        if (firstRow > 0) {
            grid.scrollToIndex(firstRow);
        }
    }

    /** Back to the top: a new search, filter or sort is a new list. */
    public void reset() {
        if (firstRow > 0) {
            firstRow = 0;
            grid.scrollToStart();
        }
    }

    /** Adds {@code row} to a list's address parameters, unless the grid is at its top. */
    public void into(Map<String, String> parameters) {
        if (firstRow > 0) {
            parameters.put(ROW, Integer.toString(firstRow));
        }
    }

    /** The first row shown, as far as the server knows. */
    public int firstRow() {
        return firstRow;
    }
}
