package com.eventlens.analytics.ui;

import java.time.Clock;
import java.util.Comparator;

import com.eventlens.analytics.Dashboards;
import com.eventlens.analytics.VideoAnalytics;
import com.eventlens.people.ui.EventRouteGuard;
import com.eventlens.shared.format.Formats;
import com.eventlens.shared.ui.RowDetails;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** Analytics > On-demand content: every video's viewers and completion, leading to its VOD analytics. */
@Route("events/:eventId/analytics/content")
@PageTitle("On-demand content analytics")
@PermitAll
public class VideosAnalyticsView extends AnalyticsListView<VideoAnalytics> {

    VideosAnalyticsView(Dashboards dashboards, EventRouteGuard guard, Clock clock) {
        super(guard, clock, "On-demand content", "On-demand content uploaded to the event, apart from session "
                        + "recordings.", "This event has no on-demand content yet.", "on-demand content",
                dashboards::videos, VideoAnalytics::dataAsOf, VideoAnalytics::name, AnalyticsRoutes::videos);
        grid.addComponentColumn(v -> new RouterLink(v.name(), VideoAnalyticsView.class,
                        AnalyticsRoutes.video(eventId(), v.contentId()))).setHeader("Video").setKey("name")
                .setFlexGrow(3).setWidth("120px").setComparator(VideoAnalytics::name);
        Grid.Column<VideoAnalytics> duration = grid.addColumn(v -> Formats.minutesSeconds(v.durationSeconds()))
                .setHeader("Duration").setKey("duration").setWidth("100px").setTextAlign(ColumnTextAlign.END)
                .setComparator(VideoAnalytics::durationSeconds);
        Grid.Column<VideoAnalytics> viewers = grid.addColumn(v -> Formats.count(v.uniqueViewers()))
                .setHeader(Widgets.label("Viewers", Definitions.UNIQUE_VIEWERS)).setKey("viewers").setWidth("100px")
                .setTextAlign(ColumnTextAlign.END).setComparator(VideoAnalytics::uniqueViewers);
        grid.addColumn(v -> Formats.hoursMinutesSeconds(v.totalSecondsViewed()))
                .setHeader(Widgets.label("Minutes viewed", Definitions.VIDEO_MINUTES)).setKey("minutes")
                .setWidth("90px").setTextAlign(ColumnTextAlign.END).setComparator(VideoAnalytics::totalSecondsViewed);
        grid.addComponentColumn(v -> SessionAnalyticsView.rateBar(v.averageCompletionRate(), "no viewers yet"))
                .setHeader(Widgets.label("Avg. completion rate", Definitions.AVERAGE_COMPLETION)).setKey("completion")
                .setFlexGrow(2).setWidth("110px").setComparator(Comparator.comparing(
                        VideoAnalytics::averageCompletionRate, Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.getColumns().forEach(column -> column.setSortable(true));
        RowDetails.of(grid, VideoAnalytics::name)
                .fold(viewers, "Viewers", v -> Formats.count(v.uniqueViewers()))
                .fold(duration, "Duration", v -> Formats.minutesSeconds(v.durationSeconds()));
    }

    @Override
    String[] csvHeader() {
        return new String[] {"video", "duration_seconds", "viewers", "seconds_viewed", "minutes_viewed",
                "average_completion_rate"};
    }

    @Override
    Object[] csvRow(VideoAnalytics v) {
        return new Object[] {v.name(), v.durationSeconds(), v.uniqueViewers(), v.totalSecondsViewed(),
                Formats.decimalMinutes(v.totalSecondsViewed()), v.averageCompletionRate()};
    }
}
