package com.eventlens.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import com.eventlens.shared.format.Formats;

/**
 * "Live viewers over time" drawn as SVG, once for the screens (in a Vaadin component) and the PDF reports (through
 * JasperReports' SVG renderer): each bucket's viewers as a step of an area, the time axis in the event's time zone,
 * the peak marked and named. The drawing carries a title and a description for screen readers, and every bucket a
 * tooltip; screens add the numbers as a table.
 */
public final class LiveViewersChart {

    public static final int WIDTH = 960;
    public static final int HEIGHT = 280;

    private static final int LEFT = 52;
    private static final int RIGHT = 20;
    private static final int TOP = 34;
    private static final int BOTTOM = 40;
    private static final String FONT = "DejaVu Sans, Segoe UI, Roboto, Helvetica, Arial, sans-serif";
    private static final String BRAND = "#1a56db";
    private static final String PEAK = "#c2410c";
    private static final List<Integer> TIME_STEPS = List.of(1, 2, 5, 10, 15, 30, 60, 120, 180, 240, 360, 720, 1440);
    private static final int MAX_TIME_LABELS = 8;

    private LiveViewersChart() {
    }

    /** The chart of these points; {@code subject} names what was watched ("the event", a session's name). */
    public static String svg(LiveViewers viewers, ZoneId zone, String subject) {
        List<LiveViewers.Point> points = viewers.points();
        StringBuilder svg = new StringBuilder(4096 + points.size() * 160);
        String description = describe(viewers, zone, subject);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"live-viewers-title live-viewers-desc\" font-family=\"")
                .append(FONT).append("\" font-size=\"12\">")
                .append("<title id=\"live-viewers-title\">").append(escape("Live viewers over time, " + subject))
                .append("</title><desc id=\"live-viewers-desc\">").append(escape(description)).append("</desc>");
        if (points.isEmpty()) {
            return svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2)
                    .append("\" text-anchor=\"middle\" fill=\"#5b6475\">No live viewing yet</text></svg>").toString();
        }
        Duration bucket = Duration.ofMinutes(viewers.interval());
        Instant start = points.getFirst().at();
        Instant end = points.getLast().at().plus(bucket);
        long max = points.stream().mapToLong(LiveViewers.Point::viewers).max().orElse(0);
        long step = niceStep(max);
        long top = Math.max(step, (max + step - 1) / step * step);
        Plot plot = new Plot(start, end, top);

        // Horizontal grid and the viewers' axis.
        for (long value = 0; value <= top; value += step) {
            double y = plot.y(value);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(n(y)).append("\" y2=\"").append(n(y)).append("\" stroke=\"")
                    .append(value == 0 ? "#9aa3b2" : "#e3e7ef").append("\" stroke-width=\"1\"/>")
                    .append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(n(y + 4))
                    .append("\" text-anchor=\"end\" fill=\"#5b6475\">").append(Formats.count(value)).append("</text>");
        }
        // The time axis, in the event's zone, at round local times.
        int minutesPerLabel = timeStep(Duration.between(start, end));
        ZonedDateTime tick = firstTick(start, zone, minutesPerLabel);
        for (; !tick.toInstant().isAfter(end); tick = tick.plusMinutes(minutesPerLabel)) {
            double x = plot.x(tick.toInstant());
            svg.append("<line x1=\"").append(n(x)).append("\" x2=\"").append(n(x)).append("\" y1=\"")
                    .append(HEIGHT - BOTTOM).append("\" y2=\"").append(HEIGHT - BOTTOM + 5)
                    .append("\" stroke=\"#9aa3b2\"/><text x=\"").append(n(x)).append("\" y=\"")
                    .append(HEIGHT - BOTTOM + 19).append("\" text-anchor=\"middle\" fill=\"#5b6475\">")
                    .append(escape(Formats.time(tick.toInstant(), zone))).append("</text>");
        }
        svg.append("<text x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(HEIGHT - 4)
                .append("\" text-anchor=\"end\" fill=\"#5b6475\" font-size=\"11\">")
                .append(escape(Formats.zone(zone, start))).append("</text>");

        // The viewers: one flat step per bucket.
        StringBuilder area = new StringBuilder("M").append(n(plot.x(start))).append(',').append(n(plot.y(0)));
        for (LiveViewers.Point point : points) {
            double y = plot.y(point.viewers());
            area.append(" L").append(n(plot.x(point.at()))).append(',').append(n(y))
                    .append(" L").append(n(plot.x(point.at().plus(bucket)))).append(',').append(n(y));
        }
        area.append(" L").append(n(plot.x(end))).append(',').append(n(plot.y(0))).append(" Z");
        svg.append("<path d=\"").append(area).append("\" fill=\"").append(BRAND).append("\" fill-opacity=\"0.16\" stroke=\"")
                .append(BRAND).append("\" stroke-width=\"2\" stroke-linejoin=\"round\"/>");

        // A tooltip for every bucket: the whole height of its column answers to the pointer. (Invisible by its
        // opacity, not by "transparent", which the PDF's SVG renderer would paint black.)
        for (LiveViewers.Point point : points) {
            double x = plot.x(point.at());
            svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(TOP).append("\" width=\"")
                    .append(n(Math.max(0.5, plot.x(point.at().plus(bucket)) - x))).append("\" height=\"")
                    .append(HEIGHT - TOP - BOTTOM).append("\" fill=\"#ffffff\" fill-opacity=\"0\" pointer-events=\"all\"><title>")
                    .append(escape(Formats.timeRange(point.at(), point.at().plus(bucket), zone) + ": "
                            + viewersText(point.viewers()))).append("</title></rect>");
        }

        viewers.peak().ifPresent(peak -> {
            double x = (plot.x(peak.at()) + plot.x(peak.at().plus(bucket))) / 2;
            double y = plot.y(peak.viewers());
            String label = "Peak " + viewersText(peak.viewers()) + " at " + Formats.time(peak.at(), zone);
            boolean leftOfPoint = x > WIDTH * 0.7;
            svg.append("<line x1=\"").append(n(x)).append("\" x2=\"").append(n(x)).append("\" y1=\"").append(n(y))
                    .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"").append(PEAK)
                    .append("\" stroke-dasharray=\"4 3\"/><circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y))
                    .append("\" r=\"5\" fill=\"").append(PEAK).append("\" stroke=\"#ffffff\" stroke-width=\"2\"/>")
                    .append("<text x=\"").append(n(leftOfPoint ? x - 10 : x + 10)).append("\" y=\"")
                    .append(n(Math.max(TOP - 10, y - 10))).append("\" text-anchor=\"")
                    .append(leftOfPoint ? "end" : "start").append("\" fill=\"").append(PEAK)
                    .append("\" font-weight=\"bold\">").append(escape(label)).append("</text>");
        });
        return svg.append("</svg>").toString();
    }

    /** One sentence of what the chart shows, for screen readers and as the chart's description. */
    public static String describe(LiveViewers viewers, ZoneId zone, String subject) {
        if (viewers.points().isEmpty()) {
            return "Nobody has watched " + subject + " live yet.";
        }
        LiveViewers.Point first = viewers.points().getFirst();
        LiveViewers.Point last = viewers.points().getLast();
        LiveViewers.Point peak = viewers.peak().orElseThrow();
        return "Concurrent live viewers of " + subject + " in buckets of " + viewers.interval()
                + (viewers.interval() == 1 ? " minute" : " minutes") + ", from " + Formats.time(first.at(), zone)
                + " to " + Formats.time(last.at().plusSeconds(60L * viewers.interval()), zone) + " ("
                + Formats.zone(zone, first.at()) + "). Peak: " + viewersText(peak.viewers()) + " at "
                + Formats.time(peak.at(), zone) + ".";
    }

    private static String viewersText(long viewers) {
        return Formats.count(viewers, "viewer", "viewers");
    }

    /** The time and viewers of the plot area as coordinates. */
    private record Plot(Instant start, Instant end, long top) {

        double x(Instant at) {
            double share = (double) Duration.between(start, at).toSeconds() / Duration.between(start, end).toSeconds();
            return LEFT + share * (WIDTH - LEFT - RIGHT);
        }

        double y(long viewers) {
            return HEIGHT - BOTTOM - (double) viewers / top * (HEIGHT - TOP - BOTTOM);
        }
    }

    /** 1, 2, 5, 10, 20, 25, 50, … so that the axis has at most five steps. */
    private static long niceStep(long max) {
        long magnitude = 1;
        while (true) {
            for (long factor : new long[] {1, 2, 5}) {
                long step = factor * magnitude;
                if (max <= step * 5) {
                    return step;
                }
            }
            magnitude *= 10;
        }
    }

    private static int timeStep(Duration span) {
        for (int minutes : TIME_STEPS) {
            if (span.toMinutes() / minutes <= MAX_TIME_LABELS) {
                return minutes;
            }
        }
        return TIME_STEPS.getLast();
    }

    /** The first local time at or after {@code start} that is a whole multiple of the step since midnight. */
    private static ZonedDateTime firstTick(Instant start, ZoneId zone, int minutes) {
        ZonedDateTime local = start.atZone(zone);
        ZonedDateTime midnight = local.toLocalDate().atStartOfDay(zone);
        long since = Duration.between(midnight, local).toMinutes();
        long first = (since + minutes - 1) / minutes * minutes;
        ZonedDateTime tick = midnight.plusMinutes(first);
        return tick.toInstant().isBefore(start) ? tick.plusMinutes(minutes) : tick;
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
