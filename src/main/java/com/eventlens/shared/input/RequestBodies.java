package com.eventlens.shared.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Request bodies read with a limit: a body announced or found to be larger is refused ({@link BodyTooLarge}) after
 * reading at most one byte past the limit, so that no client can make the console hold or store more than it takes.
 */
public final class RequestBodies {

    private static final int BUFFER = 64 * 1024;

    private RequestBodies() {
    }

    /** The whole body, at most {@code limit} bytes; {@code refusal} says what the limit is to the client. */
    public static byte[] readAtMost(HttpServletRequest request, int limit, String refusal) throws IOException {
        refuseAnnouncedLength(request, limit, refusal);
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw new BodyTooLarge(refusal);
            }
            return body;
        }
    }

    /** Copies the body, at most {@code limit} bytes, to the file (e.g. to read it twice). */
    public static void copyAtMost(HttpServletRequest request, Path file, long limit, String refusal)
            throws IOException {
        refuseAnnouncedLength(request, limit, refusal);
        try (InputStream in = request.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            long total = 0;
            for (int read; (read = in.read(buffer)) >= 0; ) {
                total += read;
                if (total > limit) {
                    throw new BodyTooLarge(refusal);
                }
                out.write(buffer, 0, read);
            }
        }
    }

    private static void refuseAnnouncedLength(HttpServletRequest request, long limit, String refusal) {
        if (request.getContentLengthLong() > limit) {
            throw new BodyTooLarge(refusal);
        }
    }
}
