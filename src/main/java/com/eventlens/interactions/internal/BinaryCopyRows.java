package com.eventlens.interactions.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * Rows in PostgreSQL's binary COPY format ({@code COPY … FROM STDIN (FORMAT binary)}): a uuid is its 16 bytes, a
 * timestamptz its microseconds since 2000, a number its bytes — nothing to print on this side or parse on the
 * server's, which is most of what the text formats cost (decision record 15).
 */
final class BinaryCopyRows {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** 2000-01-01T00:00:00Z, PostgreSQL's epoch, in seconds of the Unix epoch. */
    private static final long POSTGRES_EPOCH_SECONDS = 946_684_800L;

    private byte[] bytes;
    private int length;

    BinaryCopyRows(int expectedBytes) {
        bytes = new byte[Math.max(64, expectedBytes)];
        put(SIGNATURE);
        int32(0); // flags
        int32(0); // header extension
    }

    void row(int fields) {
        int16(fields);
    }

    void uuid(UUID value) {
        if (value == null) {
            nul();
            return;
        }
        int32(16);
        int64(value.getMostSignificantBits());
        int64(value.getLeastSignificantBits());
    }

    void text(String value) {
        if (value == null) {
            nul();
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        int32(utf8.length);
        put(utf8);
    }

    void timestamptz(Instant value) {
        if (value == null) {
            nul();
            return;
        }
        int32(8);
        int64(Math.addExact(Math.multiplyExact(value.getEpochSecond() - POSTGRES_EPOCH_SECONDS, 1_000_000L),
                value.getNano() / 1_000));
    }

    void int2(Integer value) {
        if (value == null) {
            nul();
            return;
        }
        int32(2);
        int16(value);
    }

    void int4(Integer value) {
        if (value == null) {
            nul();
            return;
        }
        int32(4);
        int32(value);
    }

    void bool(Boolean value) {
        if (value == null) {
            nul();
            return;
        }
        int32(1);
        ensure(1);
        bytes[length++] = (byte) (value ? 1 : 0);
    }

    /** The rows with the trailer that ends them; no row may follow. */
    byte[] finish() {
        int16(-1);
        return Arrays.copyOf(bytes, length);
    }

    private void nul() {
        int32(-1);
    }

    private void int16(int value) {
        ensure(2);
        bytes[length++] = (byte) (value >>> 8);
        bytes[length++] = (byte) value;
    }

    private void int32(int value) {
        ensure(4);
        bytes[length++] = (byte) (value >>> 24);
        bytes[length++] = (byte) (value >>> 16);
        bytes[length++] = (byte) (value >>> 8);
        bytes[length++] = (byte) value;
    }

    private void int64(long value) {
        int32((int) (value >>> 32));
        int32((int) value);
    }

    private void put(byte[] data) {
        ensure(data.length);
        System.arraycopy(data, 0, bytes, length, data.length);
        length += data.length;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
