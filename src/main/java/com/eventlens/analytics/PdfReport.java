package com.eventlens.analytics;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A report whose access was checked and whose file name is known. Its numbers come from one database snapshot;
 * the PDF is produced while it is written (a large report is never held in memory as a whole).
 */
public interface PdfReport {

    String CONTENT_TYPE = "application/pdf";

    /** {@code eventlens-<event>-<subject>-<date>.pdf}, ASCII only, the date in the event's time zone. */
    String fileName();

    /** Writes the PDF; does not close the stream. */
    void writeTo(OutputStream out) throws IOException;
}
