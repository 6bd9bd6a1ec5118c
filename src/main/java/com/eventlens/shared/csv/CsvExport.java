package com.eventlens.shared.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way the console writes CSV (every export): RFC 4180 with CRLF line ends, UTF-8 with a byte-order mark (so
 * that spreadsheet programs read names in any script correctly), and text cells neutralised against formula
 * injection — a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a TAB or a CR would be run as a
 * formula by a spreadsheet, so it gets a leading apostrophe. Numbers are written as they are.
 */
public final class CsvExport {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;

    private CsvExport(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts an export on the stream: the byte-order mark and the header row. The caller closes the stream. */
    public static CsvExport start(OutputStream out, String... header) throws IOException {
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CsvExport export = new CsvExport(new CSVPrinter(writer, FORMAT));
        export.printer.printRecord((Object[]) header);
        return export;
    }

    /** One row; {@code null} is an empty cell. */
    public void row(Object... values) throws IOException {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = cell(values[i]);
        }
        printer.printRecord(cells);
    }

    public void flush() throws IOException {
        printer.flush();
    }

    static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value;
        }
        String text = value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
