package com.eventlens.analytics.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.eventlens.analytics.CsvExports;
import com.eventlens.analytics.Dashboards;
import com.eventlens.analytics.PageRequest;
import com.eventlens.analytics.Reports;
import com.eventlens.analytics.VideoAnalytics.Viewer;
import com.eventlens.analytics.VideoAnalytics;
import com.eventlens.people.VisibleEvent;
import com.eventlens.people.ui.EventRouteGuard;
import com.eventlens.shared.format.Formats;
import com.eventlens.shared.ui.RouteIds;
import com.eventlens.shared.ui.ExportLink;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** VOD analytics: one on-demand video's viewers, minutes and completion. */
@Route("events/:eventId/content/:contentId/analytics")
@PermitAll
public class VideoAnalyticsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Dashboards dashboards;
    private final Reports reports;
    private final CsvExports exports;
    private final EventRouteGuard guard;
    final Grid<Viewer> viewers = new Grid<>();
    private final Div headline = new Div();
    private final H1 name = new H1();
    private final Div asOf = new Div();
    private VisibleEvent event;
    private UUID contentId;
    private GridSort<Viewer> sort;

    VideoAnalyticsView(Dashboards dashboards, Reports reports, CsvExports exports, EventRouteGuard guard,
                       LiveAnalytics live) {
        this.dashboards = dashboards;
        this.reports = reports;
        this.exports = exports;
        this.guard = guard;
        live.refreshWhileAttached(this, () -> event == null ? null : event.id(), () -> {
            headline().ifPresent(this::show);
            viewers.getDataProvider().refreshAll();
        });
        addClassNames("dashboard", "video-analytics");
        viewers.addComponentColumn(v -> Widgets.person(new RouterLink(v.name(), UserAnalyticsView.class,
                        AnalyticsRoutes.user(event.id(), v.userId())), v.title(), v.company()))
                .setHeader("Name").setKey("name").setFlexGrow(3)
                .setWidth("130px");
        viewers.addColumn(v -> Formats.minutesSeconds(v.secondsViewed())).setKey("secondsViewed")
                .setHeader(Widgets.label("Minutes viewed", Definitions.VIDEO_MINUTES)).setSortable(true).setWidth("90px");
        viewers.addComponentColumn(v -> SessionAnalyticsView.rateBar(v.completionRate())).setKey("completionRate")
                .setHeader(Widgets.label("Completion rate", Definitions.COMPLETION)).setSortable(true).setFlexGrow(2)
                .setWidth("110px");
        viewers.getColumns().stream().filter(column -> column.isSortable())
                .forEach(column -> column.setSortProperty(column.getKey()));
        viewers.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        viewers.setMultiSort(false);
        sort = new GridSort<>(viewers, "secondsViewed");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        event = guard.enter(navigation).orElse(null);
        if (event == null) {
            return;
        }
        contentId = RouteIds.uuid(navigation, AnalyticsRoutes.CONTENT_ID).orElse(null);
        VideoAnalytics video = guard.found(navigation, contentId == null ? Optional.empty() : headline()).orElse(null);
        if (video == null) {
            return;
        }
        removeAll();
        UUID eventId = event.id();
        UUID shown = contentId;
        Anchor export = ExportLink.of(CsvDownload.of(() -> exports.videoViewers(eventId, shown, sort.sort(),
                sort.descending())));
        Div actions = new Div(export, new ReportDownload("Download report", () -> reports.video(eventId, shown)));
        actions.addClassName("dashboard-actions");
        Div title = new Div(name, actions);
        title.addClassName("dashboard-header");
        headline.addClassName("kpis");
        Div card = new Div(new H2("Viewers"), viewers);
        card.addClassNames("card", "dashboard-card");
        add(Widgets.analyticsTrail(event, "On-demand content", AnalyticsRoutes.videos(eventId), video.name()), title,
                asOf, headline, card);
        viewers.setItems(query -> Paging.fetch(query, "secondsViewed", page ->
                        dashboards.video(event.id(), contentId, page).map(VideoAnalytics::viewers).orElse(List.of())),
                query -> (int) headline().map(VideoAnalytics::totalViewers).orElse(0L).longValue());
        Widgets.growWithWindow(viewers, video.totalViewers());
        sort.restore(navigation);
        show(video);
    }

    @Override
    public String getPageTitle() {
        return name.getText() + " · VOD analytics";
    }

    private Optional<VideoAnalytics> headline() {
        return dashboards.video(event.id(), contentId, PageRequest.page(0, 1, "secondsViewed", true));
    }

    private void show(VideoAnalytics video) {
        name.setText(video.name());
        asOf.removeAll();
        asOf.add(Widgets.dataAsOf(video.dataAsOf(), event.timeZone()));
        headline.removeAll();
        headline.add(
                Widgets.kpi(Formats.count(video.uniqueViewers()), "Viewers", Definitions.UNIQUE_VIEWERS),
                Widgets.kpi(Formats.hoursMinutesSeconds(video.totalSecondsViewed()), "Minutes viewed", Definitions.VIDEO_MINUTES),
                Widgets.rateKpi(video.averageCompletionRate(), "Avg. completion rate", Definitions.AVERAGE_COMPLETION,
                        "no viewers yet"),
                Widgets.kpi(Formats.minutesSeconds(video.durationSeconds()), "Duration", Definitions.DURATION));
    }
}
