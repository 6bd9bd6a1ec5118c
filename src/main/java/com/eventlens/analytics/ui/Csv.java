package com.eventlens.analytics.ui;

import java.util.Arrays;
import java.util.stream.Collectors;

/** One CSV line (RFC 4180): fields quoted where needed, rates with full precision, empty for undefined. */
final class Csv {

    private Csv() {
    }

    static String row(Object... fields) {
        return Arrays.stream(fields).map(Csv::field).collect(Collectors.joining(","));
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // A leading =, +, - or @ would be a formula in a spreadsheet.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
