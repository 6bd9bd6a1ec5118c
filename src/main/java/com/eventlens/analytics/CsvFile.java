package com.eventlens.analytics;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An export whose access was checked and whose file name is known. Its rows are read page by page while it is
 * written, so that a session of 100,000 attendees is never held in memory as a whole.
 */
public interface CsvFile {

    String CONTENT_TYPE = "text/csv; charset=utf-8";

    /** {@code eventlens-<event>-<subject>-<yyyy-mm-dd>.csv} ({@link com.eventlens.shared.format.FileNames}). */
    String fileName();

    /** Writes the CSV (UTF-8 with a byte-order mark, CRLF); does not close the stream. */
    void writeTo(OutputStream out) throws IOException;
}
