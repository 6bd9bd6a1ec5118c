package com.eventlens.interactions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The streaming reader reads ids and instants by hand in their common forms; what it reads must be exactly what
 * {@link UUID} and {@link OffsetDateTime} would read, and what they refuse it must refuse.
 */
class InteractionJsonTests {

    @Test
    void anInstantIsReadAsOffsetDateTimeReadsIt() {
        for (String text : List.of("2022-02-02T10:05:00-05:00", "2022-02-02T15:05:00Z", "2022-02-02T15:05:00.5Z",
                "2022-02-02T15:05:00.123456789+14:00", "2024-02-29T23:59:59-18:00", "1970-01-01T00:00:00+18:00",
                "2022-02-02T10:05-05:00", "+12022-02-02T15:05:00Z", "2000-12-31T23:59:59.000001Z",
                "2022-02-02T10:00:00.Z")) { // a point without digits: OffsetDateTime reads it, so the reader does
            assertThat(InteractionJson.isoInstant(text)).as(text).isEqualTo(OffsetDateTime.parse(text).toInstant());
        }
        String lowerCase = "2022-02-02t15:05:00z";
        assertThat(InteractionJson.isoInstant(lowerCase)).as(lowerCase)
                .isEqualTo(parses(lowerCase) ? OffsetDateTime.parse(lowerCase).toInstant() : null);
    }

    @Test
    void whatOffsetDateTimeRefusesIsRefused() {
        for (String text : List.of("2022-02-30T10:00:00Z", "2023-02-29T10:00:00Z", "2022-02-02T24:00:00Z",
                "2022-02-02T10:60:00Z", "2022-02-02T10:00:60Z", "2022-02-02T10:00:00+19:00", "2022-02-02T10:00:00",
                "2022-02-02 10:00:00Z", "2022-02-02T10:00:00.1234567890Z", "yesterday", "")) {
            assertThat(InteractionJson.isoInstant(text)).as(text).isNull();
            assertThat(parses(text)).as("OffsetDateTime.parse(%s)", text).isFalse();
        }
    }

    @Test
    void onlyTheCanonicalFormOfAUuidIsRead() {
        UUID id = UUID.randomUUID();
        assertThat(InteractionJson.canonicalUuid(id.toString())).isEqualTo(id);
        assertThat(InteractionJson.canonicalUuid(id.toString().toUpperCase())).isEqualTo(id);
        assertThat(InteractionJson.canonicalUuid("ffffffff-ffff-ffff-ffff-ffffffffffff"))
                .isEqualTo(new UUID(-1L, -1L));
        for (String text : List.of("1-1-1-1-1", id.toString().replace("-", ""), id + "0", "g" + id.toString().substring(1),
                id.toString().replace('-', '_'), "")) {
            assertThat(InteractionJson.canonicalUuid(text)).as(text).isNull();
        }
    }

    private static boolean parses(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
