package com.eventlens.shared.input;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The rules every piece of input meets, wherever it comes from (JSON, CSV, a dialog, a URL): ids are canonical
 * UUIDs, text holds no NUL character and no lone surrogate (PostgreSQL cannot store the one, UTF-8 cannot encode
 * the other), instants lie in a range the database can hold, and a message quotes at most {@link #ECHO_MAX}
 * characters of what it refuses.
 */
public final class Inputs {

    /** How much of a refused value a message repeats. */
    public static final int ECHO_MAX = 200;

    /** Instants outside this range are refused: PostgreSQL's timestamptz ends in 294276 AD, Java's in 1000000000. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Inputs() {
    }

    /**
     * The UUID written in its canonical 8-4-4-4-12 form; empty for anything else. {@link UUID#fromString} also takes
     * {@code 1-1-1-1-1}, which would make two spellings of one id.
     */
    public static Optional<UUID> uuid(String text) {
        return text != null && CANONICAL_UUID.matcher(text).matches() ? Optional.of(UUID.fromString(text))
                : Optional.empty();
    }

    /** What is wrong with the characters of this text, if anything: a NUL character or a lone surrogate. */
    public static Optional<String> characterProblem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return Optional.of("must not contain a NUL character (at position " + (i + 1) + ")");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must not contain a lone surrogate (U+" + Integer.toHexString(c).toUpperCase()
                        + " at position " + (i + 1) + "); send text as valid UTF-8");
            }
        }
        return Optional.empty();
    }

    /** What is wrong with this instant, if anything: outside {@link #EARLIEST} … {@link #LATEST}. */
    public static Optional<String> instantProblem(Instant instant) {
        if (instant != null && (instant.isBefore(EARLIEST) || instant.isAfter(LATEST))) {
            return Optional.of("must be between " + EARLIEST + " and " + LATEST + ", not " + instant);
        }
        return Optional.empty();
    }

    /** The text as a message may quote it: at most {@link #ECHO_MAX} characters, the rest cut with "…". */
    public static String echo(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= ECHO_MAX ? text : text.substring(0, ECHO_MAX - 1) + "…";
    }
}
