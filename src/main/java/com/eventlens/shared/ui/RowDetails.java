package com.eventlens.shared.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableFunction;

/**
 * Rows of a grid that open to show more: what a row always has to tell beyond its columns (a session's interactions
 * on User analytics), and the columns that do not fit the grid's width, which step aside into the row instead of
 * hiding behind a horizontal scroll or being cut. A chevron at the start of each row shows it (when there is anything
 * to open); a click on the row, or Enter or Space on a focused cell, opens and closes it. Several rows stay open at
 * once; links and buttons in a row remain focus targets of their own (F2 or Tab inside the grid reaches them).
 *
 * <p>Columns are folded in the reverse order of {@link #fold}: the first one folded away is the last one registered,
 * once the columns' widths (the {@code setWidth} of each, in px) no longer fit the grid's own width, which the
 * browser reports whenever it changes.
 */
public final class RowDetails<T> {

    /** The name of the event the browser sends when Enter or Space is pressed on a focused cell of a row. */
    private static final String TOGGLE = "row-details-toggle";

    private final Grid<T> grid;
    private final Grid.Column<T> chevron;
    private final List<Folded<T>> folds = new ArrayList<>();
    private final Set<Grid.Column<T>> clickable = new LinkedHashSet<>();
    private final Map<Grid.Column<T>, Integer> readableWidths = new HashMap<>();
    private SerializableFunction<T, Component> always;
    private int width = Integer.MAX_VALUE;

    private record Folded<T>(Grid.Column<T> column, String label, SerializableFunction<T, ?> value) {
    }

    private RowDetails(Grid<T> grid, Function<T, String> name) {
        this.grid = grid;
        grid.addClassName("expandable-rows");
        grid.setDetailsVisibleOnClick(false);
        chevron = grid.addComponentColumn(item -> chevron(item, name.apply(item))).setKey("row-details")
                .setWidth("44px").setFlexGrow(0).setHeader("");
        List<Grid.Column<T>> order = new ArrayList<>(grid.getColumns());
        order.remove(chevron);
        order.addFirst(chevron);
        grid.setColumnOrder(order);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.addItemClickListener(click -> {
            if (chevron.isVisible() && !clickable.contains(click.getColumn())) {
                toggle(click.getItem());
            }
        });
        grid.getElement().addEventListener(TOGGLE, event -> {
            T item = grid.getDataCommunicator().getKeyMapper().get(event.getEventData().get("event.detail").asString());
            if (item != null) {
                toggle(item);
            }
        }).addEventData("event.detail");
        grid.getElement().addEventListener("grid-width", event -> fit(event.getEventData().get("event.detail").asInt()))
                .addEventData("event.detail").debounce(100);
        grid.addAttachListener(attach -> watch());
        chevron.setVisible(false);
    }

    /** Rows of the grid that open; {@code name} names a row for screen readers ("Show details of …"). */
    public static <T> RowDetails<T> of(Grid<T> grid, Function<T, String> name) {
        return new RowDetails<>(grid, name);
    }

    /** What every row shows when it is open, above any folded columns. */
    public RowDetails<T> always(SerializableFunction<T, Component> content) {
        always = content;
        // The rows open from the keyboard at once, not only after the browser first reports the grid's width.
        fit(width);
        return this;
    }

    /**
     * A column that steps aside into the row when the grid is too narrow for it: shown there as {@code label} and
     * {@code value} (a component, or a text). Register the columns that should stay longest first.
     */
    public RowDetails<T> fold(Grid.Column<T> column, String label, SerializableFunction<T, ?> value) {
        folds.add(new Folded<>(column, label, value));
        fit(width);
        return this;
    }

    /**
     * The width at which {@code column} reads well (a name with its long words whole): other columns fold away to leave
     * it that much room. On a screen too narrow even then, it keeps its own, smaller width rather than push the grid
     * sideways; give it the flex grow so that it takes the room the others leave.
     */
    public RowDetails<T> readableAt(Grid.Column<T> column, int pixels) {
        readableWidths.put(column, pixels);
        fit(width);
        return this;
    }

    /** A click in this column does its own thing (a menu button, say) and opens no row. */
    public RowDetails<T> clickOpensNothingIn(Grid.Column<T> column) {
        clickable.add(column);
        return this;
    }

    /** Opens (or closes) every one of these rows. */
    public void showAll(java.util.Collection<T> items, boolean open) {
        items.forEach(item -> grid.setDetailsVisible(item, open));
        grid.getDataProvider().refreshAll();
    }

    public void toggle(T item) {
        show(item, !grid.isDetailsVisible(item));
    }

    public void show(T item, boolean open) {
        grid.setDetailsVisible(item, open);
        grid.getDataProvider().refreshItem(item);
    }

    /** The columns folded away at the grid's current width. */
    public List<Grid.Column<T>> folded() {
        return folds.stream().map(Folded::column).filter(column -> !column.isVisible()).toList();
    }

    /** Shows the columns that fit {@code gridWidth} pixels, folding the rest into the rows. */
    void fit(int gridWidth) {
        width = gridWidth;
        int needed = grid.getColumns().stream().filter(column -> column != chevron)
                .filter(column -> folds.stream().noneMatch(f -> f.column() == column))
                .mapToInt(this::room).sum();
        int everything = needed + folds.stream().mapToInt(fold -> room(fold.column())).sum();
        // The chevron takes room only when it has something to open.
        if (always != null || everything > gridWidth) {
            needed += pixels(chevron);
        }
        boolean changed = false;
        for (Folded<T> fold : folds) {
            needed += room(fold.column());
            boolean fits = needed <= gridWidth;
            changed |= fold.column().isVisible() != fits;
            fold.column().setVisible(fits);
        }
        boolean anything = always != null || !folded().isEmpty();
        changed |= chevron.isVisible() != anything;
        chevron.setVisible(anything);
        grid.getElement().setProperty("__rowDetailsOnKeys", anything);
        if (changed) {
            grid.getDataProvider().refreshAll();
        }
    }

    /** The room a column needs to read well. */
    private int room(Grid.Column<T> column) {
        return readableWidths.getOrDefault(column, pixels(column));
    }

    private static int pixels(Grid.Column<?> column) {
        String width = column.getWidth();
        return width != null && width.endsWith("px") ? Integer.parseInt(width.substring(0, width.length() - 2)) : 100;
    }

    private Component chevron(T item, String name) {
        boolean open = grid.isDetailsVisible(item);
        Icon icon = (open ? VaadinIcon.CHEVRON_DOWN_SMALL : VaadinIcon.CHEVRON_RIGHT_SMALL).create();
        icon.addClassName("row-chevron");
        icon.getElement().setAttribute("role", "img");
        icon.getElement().setAttribute("aria-label", (open ? "Hide details of " : "Show details of ") + name);
        return icon;
    }

    private Component details(T item) {
        Div details = new Div();
        details.addClassName("row-details");
        if (always != null) {
            details.add(always.apply(item));
        }
        for (Folded<T> fold : folds) {
            if (!fold.column().isVisible()) {
                Span label = new Span(fold.label());
                label.addClassName("row-details-label");
                Object value = fold.value().apply(item);
                Div line = new Div(label, value instanceof Component component ? component
                        : new Span(String.valueOf(value)));
                line.addClassName("row-details-line");
                details.add(line);
            }
        }
        return details;
    }

    /** The browser tells the grid's width as it changes, and Enter or Space on a cell opens or closes its row. */
    private void watch() {
        grid.getElement().executeJs("""
                const grid = this;
                if (grid.__rowDetailsWatched) { return; }
                grid.__rowDetailsWatched = true;
                new ResizeObserver(() => grid.dispatchEvent(new CustomEvent('grid-width', {detail: grid.clientWidth})))
                    .observe(grid);
                const rowToggled = event => {
                  if (!grid.__rowDetailsOnKeys || (event.key !== 'Enter' && event.key !== ' ')
                      || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) { return null; }
                  const target = event.composedPath()[0];
                  const row = target && target.localName === 'td' ? target.parentElement
                      : target && target.localName === 'tr' ? target : null;
                  if (!row || !row._item || (target.getAttribute('part') || '').includes('details-cell')
                      || row.parentElement.localName !== 'tbody') { return null; }
                  event.preventDefault();
                  event.stopImmediatePropagation();
                  return row;
                };
                grid.addEventListener('keydown', event => {
                  const row = rowToggled(event);
                  if (row) {
                    grid.dispatchEvent(new CustomEvent('row-details-toggle', {detail: row._item.key}));
                  }
                }, true);
                // The grid activates a cell on the key's release too (a click, which would toggle the row back).
                grid.addEventListener('keyup', rowToggled, true);""");
    }
}
