package com.eventlens.analytics.ui;

import java.time.ZoneId;
import java.util.function.IntFunction;

import com.eventlens.analytics.LiveViewers;
import com.eventlens.analytics.LiveViewersChart;
import com.eventlens.shared.format.Formats;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.select.Select;

/**
 * The "Live viewers over time" card of the Event and Session analytics pages: the chart drawn on the server as SVG
 * ({@link LiveViewersChart}), a choice of 1, 5, 15 or 60-minute buckets, and the same numbers as a table for anyone
 * who cannot see the chart. It asks {@code series} for the points whenever it is shown.
 */
final class LiveViewersPanel extends Div {

    final Select<Integer> interval = new Select<>();
    private final Svg chart = new Svg();
    private final Div summary = new Div();
    private final NativeTableBody rows = new NativeTableBody();
    private final IntFunction<LiveViewers> series;
    private final ZoneId zone;
    private final String subject;

    /**
     * @param series  the points for an interval in minutes
     * @param subject what was watched, for the chart's title ("the event", the session's name)
     */
    LiveViewersPanel(IntFunction<LiveViewers> series, ZoneId zone, String subject) {
        this.series = series;
        this.zone = zone;
        this.subject = subject;
        addClassNames("card", "dashboard-card", "live-viewers");
        interval.setItems(LiveViewers.INTERVALS);
        interval.setItemLabelGenerator(minutes -> minutes == 1 ? "Every minute" : "Every " + minutes + " minutes");
        interval.setValue(1);
        interval.setAriaLabel("Bucket size");
        interval.addClassName("live-viewers-interval");
        interval.addValueChangeListener(change -> refresh());
        Div heading = new Div(new H2("Live viewers over time"), interval);
        heading.addClassName("card-heading");
        chart.addClassName("live-viewers-chart");
        summary.addClassName("card-subtitle");
        NativeTableRow header = new NativeTableRow(new NativeTableHeaderCell("From"),
                new NativeTableHeaderCell("To"), new NativeTableHeaderCell("Live viewers"));
        NativeTableHeader head = new NativeTableHeader();
        head.addRows(header);
        NativeTable table = new NativeTable(head, rows);
        table.addClassName("data-table");
        Details asTable = new Details("Show the numbers as a table", table);
        asTable.addClassName("live-viewers-table");
        add(heading, Widgets.label("Concurrent live viewers", Definitions.LIVE_VIEWERS), summary, chart, asTable);
        refresh();
    }

    void refresh() {
        LiveViewers viewers = series.apply(interval.getValue() == null ? 1 : interval.getValue());
        chart.setSvg(LiveViewersChart.svg(viewers, zone, subject));
        summary.setText(LiveViewersChart.describe(viewers, zone, subject));
        rows.removeAllRows();
        for (LiveViewers.Point point : viewers.points()) {
            rows.addRows(new NativeTableRow(new NativeTableCell(Formats.time(point.at(), zone)),
                    new NativeTableCell(Formats.time(point.at().plusSeconds(60L * viewers.interval()), zone)),
                    new NativeTableCell(Formats.count(point.viewers()))));
        }
    }

}
