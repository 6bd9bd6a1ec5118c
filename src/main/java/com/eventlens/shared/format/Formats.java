package com.eventlens.shared.format;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Every date, time and number format the console shows, on its screens and in its reports, in one place. */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("M/d/yy h:mm a", Locale.US);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yy", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE, MMMM dd", Locale.US);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private Formats() {
    }

    /** "2/2/22 10:00 AM" in the event's time zone. */
    public static String dateTime(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    /** "10/09/21" in the event's time zone. */
    public static String date(Instant instant, ZoneId zone) {
        return DATE.format(instant.atZone(zone));
    }

    /** "Feb 2, 2022" in the event's time zone. */
    public static String longDate(Instant instant, ZoneId zone) {
        return LONG_DATE.format(instant.atZone(zone));
    }

    /** "10:05 AM" in the event's time zone. */
    public static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    /** What every figure shows where it has no value (a rate of nothing, a score without attendees). */
    public static final String NONE = "—";

    /** "41" or "—": an engagement score in whole points, truncated so that a 70 is always Hot (SPEC.md §3). */
    public static String score(Double score) {
        return score == null ? NONE : String.valueOf((int) Math.floor(score));
    }

    /** "10:00 AM - 10:30 AM". */
    public static String timeRange(Instant from, Instant to, ZoneId zone) {
        return TIME.format(from.atZone(zone)) + " - " + TIME.format(to.atZone(zone));
    }

    /** "Wed, February 02". */
    public static String day(Instant instant, ZoneId zone) {
        return DAY.format(instant.atZone(zone));
    }

    /**
     * "1:30:10": a total of viewing time (a person's, a session's, a video's, the event's, a Total row), in hours,
     * minutes and seconds; the hours may exceed 23. The one duration format of the console with {@link
     * #minutesSeconds} (decision record 20).
     */
    public static String hoursMinutesSeconds(long seconds) {
        return String.format(Locale.US, "%,d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /**
     * "37:10": one person's viewing of one thing (a session, a video, a kind of content) and lengths of videos, in
     * minutes and seconds; the minutes may exceed 59.
     */
    public static String minutesSeconds(long seconds) {
        return String.format(Locale.US, "%,d:%02d", seconds / 60, seconds % 60);
    }

    /**
     * "42.5": minutes with one decimal and no thousands separator — in CSV files (beside the exact seconds) and in
     * User analytics' Sessions table, where SPEC §2 (the article's callout 19) asks for it (decision record 20).
     */
    public static String decimalMinutes(long seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds / 60.0);
    }

    /** "45%": a rate rounded to a whole percent; "—" where it is undefined (nothing to rate). */
    public static String percent(Double rate) {
        return rate == null ? NONE : Math.round(rate * 100) + "%";
    }

    /** "1,234". */
    public static String count(long value) {
        return String.format(Locale.US, "%,d", value);
    }

    /** "1 video viewed", "2,000 videos viewed": a count with the word that fits it. */
    public static String count(long value, String one, String many) {
        return count(value) + " " + (value == 1 ? one : many);
    }

    /** "United States" for "US"; the code itself when unknown. */
    public static String country(String code) {
        if (code == null || code.isBlank()) {
            return NONE;
        }
        String name = new Locale("", code).getDisplayCountry(Locale.US);
        return name.isBlank() ? code : name;
    }

    /** "Feb 2, 2022, 4:31 PM EST": when the data shown was last updated. */
    public static String asOf(Instant instant, ZoneId zone) {
        return instant == null ? "no data yet"
                : DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm a zzz", Locale.US).format(instant.atZone(zone));
    }

    /** "EST (GMT-5)": the zone's short name and its offset at that instant. */
    public static String zone(ZoneId zone, Instant at) {
        ZonedDateTime local = at.atZone(zone);
        String shortName = zone.getDisplayName(TextStyle.SHORT, Locale.US);
        String name = DateTimeFormatter.ofPattern("zzz", Locale.US).format(local);
        int offsetMinutes = local.getOffset().getTotalSeconds() / 60;
        String offset = offsetMinutes == 0 ? "GMT" : String.format(Locale.ROOT, "GMT%+d%s", offsetMinutes / 60,
                offsetMinutes % 60 == 0 ? "" : String.format(Locale.ROOT, ":%02d", Math.abs(offsetMinutes % 60)));
        return (name.isBlank() ? shortName : name) + " (" + offset + ")";
    }
}
