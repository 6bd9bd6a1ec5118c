package com.eventlens.shared.format;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The name of every file the console hands out (CSV exports, PDF reports):
 * {@code eventlens-<event>-<subject>-<yyyy-mm-dd>.<csv|pdf>}, the event's and the subject's names as slugs and the
 * date in the event's time zone, so that a folder of downloads sorts and reads by event, subject and day. Never an
 * id: a name without a letter a slug can keep reads as the kind of thing it is.
 */
public final class FileNames {

    private static final int MAX_SLUG = 40;

    private FileNames() {
    }

    /**
     * @param subject what the file holds, e.g. "Opening Keynote attendees" or "All users"
     * @param kind    the word the subject's slug falls back to when it has none ("session", "person")
     */
    public static String of(String event, String subject, String kind, Instant at, ZoneId zone, String extension) {
        return "eventlens-" + slug(event, "event") + "-" + slug(subject, kind) + "-"
                + DateTimeFormatter.ISO_LOCAL_DATE.format(at.atZone(zone)) + "." + extension;
    }

    /**
     * "Zoë Ångström-Łukasz 王芳" → "zoe-angstrom-lukasz": diacritics folded to ASCII (a file name every system and
     * mail program keeps), everything else a hyphen; at most 40 characters; {@code fallback} when nothing is left.
     */
    public static String slug(String text, String fallback) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder folded = new StringBuilder(ascii.length());
        for (char c : ascii.toCharArray()) {
            folded.append(switch (c) {
                case 'ł', 'Ł' -> "l";
                case 'ø', 'Ø' -> "o";
                case 'đ', 'Đ', 'ð', 'Ð' -> "d";
                case 'ß' -> "ss";
                case 'æ', 'Æ' -> "ae";
                case 'œ', 'Œ' -> "oe";
                case 'þ', 'Þ' -> "th";
                case 'ı' -> "i";
                default -> String.valueOf(c);
            });
        }
        String slug = folded.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }
}
