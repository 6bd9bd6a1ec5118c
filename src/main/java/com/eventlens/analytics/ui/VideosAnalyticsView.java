package com.eventlens.analytics.ui;

import com.eventlens.analytics.Dashboards;
import com.eventlens.analytics.VideoAnalytics;
import com.eventlens.people.ui.EventRouteGuard;
import com.eventlens.shared.format.Formats;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** Analytics > On-demand content: every video's viewers and completion, leading to its VOD analytics. */
@Route("events/:eventId/analytics/content")
@PageTitle("On-demand content analytics")
@PermitAll
public class VideosAnalyticsView extends AnalyticsListView<VideoAnalytics> {

    VideosAnalyticsView(Dashboards dashboards, EventRouteGuard guard) {
        super(guard, "On-demand content", "On-demand content uploaded to the event, apart from session recordings.",
                "This event has no on-demand content yet.", dashboards::videos, VideoAnalytics::dataAsOf);
        grid.addComponentColumn(v -> new RouterLink(v.name(), VideoAnalyticsView.class,
                AnalyticsRoutes.video(eventId(), v.contentId()))).setHeader("Video").setFlexGrow(3);
        grid.addColumn(v -> Formats.minutesSeconds(v.durationSeconds())).setHeader("Duration");
        grid.addColumn(v -> Formats.count(v.uniqueViewers()))
                .setHeader(Widgets.label("Viewers", Definitions.UNIQUE_VIEWERS));
        grid.addColumn(v -> Formats.minutes(v.totalSecondsViewed()))
                .setHeader(Widgets.label("Minutes viewed", Definitions.VIDEO_MINUTES));
        grid.addComponentColumn(v -> SessionAnalyticsView.rateBar(v.averageCompletionRate()))
                .setHeader(Widgets.label("Avg. completion rate", Definitions.AVERAGE_COMPLETION)).setFlexGrow(2);
    }
}
