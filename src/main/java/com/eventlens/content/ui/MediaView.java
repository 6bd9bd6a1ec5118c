package com.eventlens.content.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.eventlens.content.Attachment;
import com.eventlens.content.MediaLibrary;
import com.eventlens.content.Video;
import com.eventlens.content.VideoAudience;
import com.eventlens.people.VisibleEvent;
import com.eventlens.people.ui.EventRouteGuard;
import com.eventlens.shared.format.Formats;
import com.eventlens.shared.ui.EmptyState;
import com.eventlens.shared.ui.FileIcon;
import com.eventlens.shared.ui.RouteLinks;
import com.eventlens.shared.ui.RowDetails;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * Media (SPEC.md §2): the event's on-demand videos with their viewers and average completion (leading to VOD
 * analytics), the session recordings, and the attachments with how many people downloaded each.
 */
@Route("events/:eventId/media")
@PermitAll
public class MediaView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MediaLibrary media;
    private final EventRouteGuard guard;
    private VisibleEvent event;
    /** New with every visit: their columns depend on the event's figures, and rows that open are set up once. */
    Grid<Video> videos;
    Grid<Video> recordings;
    Grid<Attachment> attachments;

    MediaView(MediaLibrary media, EventRouteGuard guard) {
        this.media = media;
        this.guard = guard;
        addClassNames("dashboard", "media-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        event = guard.enter(navigation).orElse(null);
        if (event == null) {
            return;
        }
        UUID eventId = event.id();
        Map<UUID, VideoAudience> audiences = media.videoAudiences(eventId);
        Map<UUID, Long> downloads = media.attachmentDownloads(eventId);
        Map<UUID, String> sessions = media.sessionNames(eventId);
        List<Video> onDemand = media.onDemandVideos(eventId);
        List<Video> sessionRecordings = media.recordings(eventId).stream()
                .sorted(Comparator.comparing(video -> sessions.getOrDefault(video.sessionId(), ""))).toList();
        List<Attachment> files = media.attachments(eventId);

        removeAll();
        videos = new Grid<>();
        videos.addComponentColumn(v -> RouteLinks.to("events/" + eventId + "/content/" + v.id() + "/analytics", v.name()))
                .setHeader("Video").setKey("name").setFlexGrow(3).setWidth("160px").setComparator(Video::name).setSortable(true);
        Grid.Column<Video> duration = videos.addColumn(v -> Formats.minutesSeconds(v.durationSeconds()))
                .setHeader("Duration").setComparator(Video::durationSeconds).setSortable(true)
                .setTextAlign(ColumnTextAlign.END).setWidth("100px");
        Grid.Column<Video> viewers = videos.addColumn(v -> Formats.count(audience(audiences, v).viewers()))
                .setHeader("Viewers").setComparator(v -> audience(audiences, v).viewers()).setSortable(true)
                .setTextAlign(ColumnTextAlign.END).setWidth("90px");
        Grid.Column<Video> minutes = videos.addColumn(v -> Formats.hoursMinutesSeconds(audience(audiences, v).secondsViewed()))
                .setHeader("Minutes viewed").setComparator(v -> audience(audiences, v).secondsViewed())
                .setSortable(true).setTextAlign(ColumnTextAlign.END).setWidth("100px");
        videos.addColumn(v -> Formats.percent(audience(audiences, v).averageCompletionRate()))
                .setHeader("Avg. completion").setTextAlign(ColumnTextAlign.END).setWidth("110px")
                .setTooltipGenerator(v -> "The mean of the viewers' completion rates: each viewer's share of the video "
                        + "watched at least once.");
        RowDetails.of(videos, Video::name)
                .fold(viewers, "Viewers", v -> Formats.count(audience(audiences, v).viewers()))
                .fold(minutes, "Minutes viewed", v -> Formats.hoursMinutesSeconds(audience(audiences, v).secondsViewed()))
                .fold(duration, "Duration", v -> Formats.minutesSeconds(v.durationSeconds()));
        videos.setItems(onDemand);
        compact(videos, "media-videos");

        recordings = new Grid<>();
        recordings.addColumn(Video::name).setHeader("Recording").setFlexGrow(3).setWidth("160px");
        Grid.Column<Video> recorded = recordings.addComponentColumn(v -> sessionLink(eventId, v.sessionId(), sessions))
                .setHeader("Session").setFlexGrow(3).setWidth("150px");
        recordings.addColumn(v -> Formats.minutesSeconds(v.durationSeconds())).setHeader("Duration")
                .setTextAlign(ColumnTextAlign.END).setWidth("100px");
        RowDetails.of(recordings, Video::name).fold(recorded, "Session", v -> sessionLink(eventId, v.sessionId(),
                sessions));
        recordings.setItems(sessionRecordings);
        compact(recordings, "media-recordings");

        attachments = new Grid<>();
        attachments.addComponentColumn(a -> {
            Span file = new Span(FileIcon.of(a.contentType()), new Span(a.name()));
            file.addClassName("file-name");
            return file;
        }).setHeader("Attachment").setFlexGrow(3).setWidth("160px").setComparator(Attachment::name).setSortable(true);
        Grid.Column<Attachment> offeredIn = attachments.addComponentColumn(a -> sessionLink(eventId, a.sessionId(),
                sessions)).setHeader("Session").setKey("session").setFlexGrow(3).setWidth("150px");
        Grid.Column<Attachment> size = attachments.addColumn(a -> size(a.sizeBytes())).setHeader("Size")
                .setComparator(Attachment::sizeBytes).setSortable(true).setTextAlign(ColumnTextAlign.END)
                .setWidth("90px");
        attachments.addColumn(a -> Formats.count(downloads.getOrDefault(a.id(), 0L))).setHeader("Downloaded by")
                .setComparator(a -> downloads.getOrDefault(a.id(), 0L)).setSortable(true)
                .setTextAlign(ColumnTextAlign.END).setWidth("110px")
                .setTooltipGenerator(a -> "Distinct people who downloaded the attachment.");
        RowDetails.of(attachments, Attachment::name)
                .fold(offeredIn, "Session", a -> sessionLink(eventId, a.sessionId(), sessions))
                .fold(size, "Size", a -> size(a.sizeBytes()));
        attachments.setItems(files);
        compact(attachments, "media-attachments");

        Paragraph intro = new Paragraph("On-demand content, session recordings and the files offered in sessions.");
        intro.addClassName("page-intro");
        add(new H1("Media"), intro,
                card("On-demand videos", Formats.count(onDemand.size(), "video", "videos"), videos, onDemand.isEmpty(),
                        "No on-demand content yet."),
                card("Session recordings", Formats.count(sessionRecordings.size(), "recording", "recordings"), recordings,
                        sessionRecordings.isEmpty(), "No session has a recording yet."),
                card("Attachments", Formats.count(files.size(), "attachment", "attachments"), attachments, files.isEmpty(),
                        "No session offers an attachment yet."));
    }

    @Override
    public String getPageTitle() {
        return event == null ? "Media" : event.name() + " · Media";
    }

    private static VideoAudience audience(Map<UUID, VideoAudience> audiences, Video video) {
        return audiences.getOrDefault(video.id(), VideoAudience.none(video.id()));
    }

    /** Session analytics, named by address: content must not depend on analytics, which depends on content. */
    private static Component sessionLink(UUID eventId, UUID sessionId, Map<UUID, String> sessions) {
        return RouteLinks.to("events/" + eventId + "/sessions/" + sessionId + "/analytics",
                sessions.getOrDefault(sessionId, Formats.NONE));
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.US, "%,.0f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.US, "%,.1f MB", bytes / (1024.0 * 1024));
    }


    private static Div card(String heading, String subtitle, Grid<?> grid, boolean empty, String emptyText) {
        Span line = new Span(subtitle);
        line.addClassName("card-subtitle");
        Div card = new Div(new H2(heading), line);
        if (empty) {
            card.add(EmptyState.of(emptyText));
        } else {
            card.add(grid);
        }
        card.addClassNames("card", "dashboard-card");
        return card;
    }

    private static void compact(Grid<?> grid, String className) {
        grid.setAllRowsVisible(true);
        grid.setMultiSort(false);
        grid.addClassName(className);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
    }
}
