package com.eventlens.analytics.ui;

import java.util.List;

import com.eventlens.analytics.Dashboards;
import com.eventlens.analytics.VideoAnalytics;
import com.eventlens.people.ui.EventRouteGuard;
import com.eventlens.people.VisibleEvent;
import com.eventlens.shared.format.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** Analytics > On-demand content: every video's viewers and completion, leading to its VOD analytics. */
@Route("events/:eventId/analytics/content")
@PageTitle("On-demand content analytics")
@PermitAll
public class VideosAnalyticsView extends VerticalLayout implements BeforeEnterObserver {

    private final Dashboards dashboards;
    private final EventRouteGuard guard;
    final Grid<VideoAnalytics> grid = new Grid<>();

    VideosAnalyticsView(Dashboards dashboards, EventRouteGuard guard) {
        this.dashboards = dashboards;
        this.guard = guard;
        addClassNames("dashboard", "analytics-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        VisibleEvent event = guard.enter(navigation).orElse(null);
        if (event == null) {
            return;
        }
        List<VideoAnalytics> videos = dashboards.videos(event.id());
        removeAll();
        grid.removeAllColumns();
        grid.addComponentColumn(v -> new RouterLink(v.name(), VideoAnalyticsView.class,
                AnalyticsRoutes.video(event.id(), v.contentId()))).setHeader("Video").setFlexGrow(3);
        grid.addColumn(v -> Formats.minutesSeconds(v.durationSeconds())).setHeader("Duration");
        grid.addColumn(v -> Formats.count(v.uniqueViewers())).setHeader(Widgets.label("Viewers", Definitions.UNIQUE_VIEWERS));
        grid.addColumn(v -> Formats.minutes(v.totalSecondsViewed()))
                .setHeader(Widgets.label("Minutes viewed", Definitions.VIDEO_MINUTES));
        grid.addComponentColumn(v -> SessionAnalyticsView.rateBar(v.averageCompletionRate()))
                .setHeader(Widgets.label("Avg. completion rate", Definitions.AVERAGE_COMPLETION)).setFlexGrow(2);
        grid.setItems(videos);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        Paragraph intro = new Paragraph("On-demand content uploaded to the event, apart from session recordings.");
        intro.addClassName("page-intro");
        add(new H1("On-demand content"), intro, Widgets.dataAsOf(
                videos.isEmpty() ? null : videos.get(0).dataAsOf(), event.timeZone()));
        add(videos.isEmpty() ? Widgets.empty("This event has no on-demand content yet.") : grid);
    }
}
