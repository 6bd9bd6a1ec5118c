package com.eventlens.analytics.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.eventlens.analytics.Breakdown;
import com.eventlens.analytics.Dashboards;
import com.eventlens.analytics.EventAnalytics;
import com.eventlens.analytics.LiveViewers;
import com.eventlens.analytics.PageRequest;
import com.eventlens.analytics.PdfReport;
import com.eventlens.analytics.Reports;
import com.eventlens.analytics.SessionAnalytics;
import com.eventlens.analytics.UserAnalytics;
import com.eventlens.analytics.VideoAnalytics;
import com.eventlens.shared.input.InvalidInput;
import com.eventlens.shared.input.Inputs;

/**
 * The dashboards as JSON (SPEC.md §4) and as PDF reports, with the console's access rules: an id of an event,
 * person, session or video the account may not see is 404, like an unknown one.
 */
@RestController
@RequestMapping("/api/v1/events/{eventId}")
class AnalyticsApi {

    private final Dashboards dashboards;
    private final Reports reports;

    AnalyticsApi(Dashboards dashboards, Reports reports) {
        this.dashboards = dashboards;
        this.reports = reports;
    }

    @GetMapping("/analytics")
    EventAnalytics event(@PathVariable UUID eventId) {
        return dashboards.event(eventId).orElseThrow(() -> notFound("event", eventId));
    }

    @GetMapping("/analytics/live-viewers")
    LiveViewers liveViewers(@PathVariable UUID eventId, @RequestParam(defaultValue = "1") int interval,
                            @RequestParam(required = false) UUID sessionId) {
        return dashboards.liveViewers(eventId, sessionId, interval)
                .orElseThrow(() -> sessionId == null ? notFound("event", eventId) : notFound("session", sessionId));
    }

    @GetMapping("/analytics/breakdown")
    Breakdown breakdown(@PathVariable UUID eventId, @RequestParam String by) {
        Breakdown.By field = Breakdown.By.ofKey(by).orElseThrow(() -> new InvalidInput("by",
                "must be one of company, country, industry, role; was '" + Inputs.echo(by) + "'"));
        return dashboards.breakdown(eventId, field).orElseThrow(() -> notFound("event", eventId));
    }

    @GetMapping("/users/{userId}/analytics")
    UserAnalytics user(@PathVariable UUID eventId, @PathVariable UUID userId) {
        return dashboards.user(eventId, userId).orElseThrow(() -> notFound("person", userId));
    }

    @GetMapping("/sessions/{sessionId}/analytics")
    SessionAnalytics session(@PathVariable UUID eventId, @PathVariable UUID sessionId,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                             @RequestParam(defaultValue = "secondsViewed,desc") String sort) {
        return dashboards.session(eventId, sessionId, pageRequest(page, size, sort))
                .orElseThrow(() -> notFound("session", sessionId));
    }

    @GetMapping("/content/{contentId}/analytics")
    VideoAnalytics video(@PathVariable UUID eventId, @PathVariable UUID contentId,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                         @RequestParam(defaultValue = "secondsViewed,desc") String sort) {
        return dashboards.video(eventId, contentId, pageRequest(page, size, sort))
                .orElseThrow(() -> notFound("on-demand content", contentId));
    }

    @GetMapping("/analytics/report.pdf")
    void eventReport(@PathVariable UUID eventId, HttpServletResponse response) throws IOException {
        send(reports.event(eventId), "event", eventId, response);
    }

    @GetMapping("/users/{userId}/analytics/report.pdf")
    void userReport(@PathVariable UUID eventId, @PathVariable UUID userId, HttpServletResponse response)
            throws IOException {
        send(reports.user(eventId, userId), "person", userId, response);
    }

    @GetMapping("/sessions/{sessionId}/analytics/report.pdf")
    void sessionReport(@PathVariable UUID eventId, @PathVariable UUID sessionId, HttpServletResponse response)
            throws IOException {
        send(reports.session(eventId, sessionId), "session", sessionId, response);
    }

    @GetMapping("/content/{contentId}/analytics/report.pdf")
    void videoReport(@PathVariable UUID eventId, @PathVariable UUID contentId, HttpServletResponse response)
            throws IOException {
        send(reports.video(eventId, contentId), "on-demand content", contentId, response);
    }

    /** Streams the PDF: a report of many pages is written as it is exported, never held whole in memory. */
    private static void send(Optional<PdfReport> report, String what, UUID id, HttpServletResponse response)
            throws IOException {
        PdfReport pdf = report.orElseThrow(() -> notFound(what, id));
        response.setContentType(PdfReport.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(pdf.fileName(), StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        pdf.writeTo(response.getOutputStream());
    }

    /** "secondsViewed,desc" → column and direction; the column is checked against the table's whitelist later. */
    static PageRequest pageRequest(int page, int size, String sort) {
        String[] parts = sort.split(",", -1);
        if (parts.length > 2 || parts.length == 2 && !parts[1].matches("(?i)asc|desc")) {
            throw new InvalidInput("sort", "must look like 'secondsViewed,desc' (a column, then asc or desc), was '"
                    + Inputs.echo(sort) + "'");
        }
        return PageRequest.page(page, size, parts[0], parts.length == 2 && parts[1].equalsIgnoreCase("desc"));
    }

    private static ResponseStatusException notFound(String what, UUID id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND,
                "event".equals(what) ? "No event " + id + "." : "No " + what + " " + id + " in this event.");
    }
}
