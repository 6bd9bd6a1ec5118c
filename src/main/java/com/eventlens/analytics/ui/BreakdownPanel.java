package com.eventlens.analytics.ui;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

import com.eventlens.analytics.Breakdown;
import com.eventlens.analytics.CsvFile;
import com.eventlens.people.EventRole;
import com.eventlens.shared.format.Formats;
import com.eventlens.shared.ui.RowDetails;
import com.eventlens.shared.ui.ExportLink;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.function.SerializableFunction;

/**
 * The Breakdowns tab of Event analytics: the attendees by company, country, industry or event role, with their number,
 * minutes, pooled live engagement rate and average score; sortable, and exported as CSV as shown.
 */
final class BreakdownPanel extends Div {

    static final String NO_VALUE = "No value";

    final Tabs fields = new Tabs();
    final Grid<Breakdown.Row> grid = new Grid<>();
    private final KeyedRows<Breakdown.Row> rows = new KeyedRows<>(row -> String.valueOf(row.value()));
    private final Function<Breakdown.By, Breakdown> breakdowns;
    /** The breakdown shown, as CSV with the rows of the moment of the download. */
    private final SerializableFunction<Breakdown.By, Optional<CsvFile>> exports;
    private Breakdown.By shown = Breakdown.By.COMPANY;
    private Breakdown current;

    BreakdownPanel(Function<Breakdown.By, Breakdown> breakdowns,
                   SerializableFunction<Breakdown.By, Optional<CsvFile>> exports) {
        this.breakdowns = breakdowns;
        this.exports = exports;
        addClassNames("card", "dashboard-card", "breakdowns");
        for (Breakdown.By by : Breakdown.By.values()) {
            Tab tab = new Tab(by.label());
            tab.setId("breakdown-" + by.key());
            fields.add(tab);
        }
        fields.addSelectedChangeListener(change -> {
            shown = Breakdown.By.values()[fields.getSelectedIndex()];
            refresh();
            grid.sort(GridSortOrder.desc(grid.getColumnByKey("attendees")).build());
        });
        fields.addClassName("breakdown-fields");

        grid.addColumn(row -> label(row.value())).setKey("value").setHeader("Value").setWidth("160px").setFlexGrow(3)
                .setComparator(Comparator.comparing(row -> label(row.value())));
        Grid.Column<Breakdown.Row> attendees = grid.addColumn(row -> Formats.count(row.attendees()))
                .setKey("attendees").setWidth("100px")
                .setHeader(Widgets.label("Attendees", Definitions.BREAKDOWN))
                .setComparator(Breakdown.Row::attendees).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(row -> Formats.hoursMinutesSeconds(row.totalSecondsViewed())).setKey("minutes")
                .setHeader(Widgets.label("Minutes viewed", Definitions.EVENT_MINUTES))
                .setComparator(Breakdown.Row::totalSecondsViewed).setTextAlign(ColumnTextAlign.END).setWidth("110px");
        grid.addComponentColumn(row -> SessionAnalyticsView.rateBar(row.liveEngagementRate())).setKey("engagement")
                .setHeader(Widgets.label("Live engagement", Definitions.EVENT_ENGAGEMENT)).setFlexGrow(2)
                .setWidth("130px")
                .setComparator(Comparator.comparing(Breakdown.Row::liveEngagementRate,
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        Grid.Column<Breakdown.Row> score = grid.addColumn(row -> Formats.score(row.averageEngagementScore()))
                .setKey("score").setHeader(Widgets.label("Avg. score", Definitions.AVERAGE_SCORE)).setWidth("90px")
                .setComparator(Breakdown.Row::averageEngagementScore).setTextAlign(ColumnTextAlign.END);
        RowDetails.of(grid, row -> label(row.value()))
                .fold(attendees, "Attendees", row -> Formats.count(row.attendees()))
                .fold(score, "Avg. score", row -> Formats.score(row.averageEngagementScore()));
        grid.getColumns().forEach(column -> column.setSortable(true));
        grid.setItems(rows);
        grid.setMultiSort(false);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.sort(GridSortOrder.desc(grid.getColumnByKey("attendees")).build());
        grid.addClassName("breakdown-grid");

        Anchor export = ExportLink.of(CsvDownload.of(() -> exports.apply(shown)));
        Div bar = new Div(fields, export);
        bar.addClassName("breakdown-bar");
        Paragraph intro = new Paragraph("How the attendees compare by a field of their profile. A person with several "
                + "roles counts in each of them.");
        intro.addClassName("page-intro");
        add(bar, intro, grid);
        refresh();
    }

    void refresh() {
        current = breakdowns.apply(shown);
        rows.show(current.rows());
    }

    /** The value as a manager reads it: a country's name, a role's label, "No value" for none. */
    private String label(String value) {
        if (value == null) {
            return NO_VALUE;
        }
        return switch (shown) {
            case COUNTRY -> Formats.country(value);
            case ROLE -> EventRole.valueOf(value).label();
            default -> value;
        };
    }
}
