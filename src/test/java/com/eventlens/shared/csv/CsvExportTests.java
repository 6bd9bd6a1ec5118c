package com.eventlens.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The one CSV writer of every export: UTF-8 with a byte-order mark, CRLF after every record, RFC 4180 quoting, and
 * text that a spreadsheet would run as a formula turned into plain text. The exports themselves are pinned in
 * PeopleManagementTests (people) and AnalyticsCsvTests (session attendees, video viewers).
 */
class CsvExportTests {

    @Test
    void startsWithTheByteOrderMarkAndEndsEveryRecordWithCrLf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport csv = CsvExport.start(out, "name", "seconds");
        csv.row("Zoë Müller", 10);
        csv.row("李雷", 20);
        csv.flush();

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFname,seconds\r\nZoë Müller,10\r\n李雷,20\r\n");
    }

    @Test
    void everyFormulaStartIsNeutralisedWithAnApostrophe() throws Exception {
        assertThat(csv("=1+1", "+1", "-1", "@SUM(A1)", "\tcmd", "\rcmd"))
                .isEqualTo("'=1+1,'+1,'-1,'@SUM(A1),'\tcmd,\"'\rcmd\"\r\n");
    }

    @Test
    void numbersStayNumbersEvenWhenNegativeAndHarmlessTextIsUntouched() throws Exception {
        assertThat(csv(-1.5, 0.10526315789473684, 42L, "a=b", "plain", null, ""))
                .isEqualTo("-1.5,0.10526315789473684,42,a=b,plain,,\r\n");
    }

    @Test
    void cellsWithSeparatorsQuotesOrLineBreaksAreQuoted() throws Exception {
        assertThat(csv("Initech, Inc.", "Head of \"Fun\"", "two\nlines"))
                .isEqualTo("\"Initech, Inc.\",\"Head of \"\"Fun\"\"\",\"two\nlines\"\r\n");
    }

    /** One row written after a one-column header; returns the row's text. */
    private static String csv(Object... cells) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport export = CsvExport.start(out, "h");
        export.row(cells);
        export.flush();
        return out.toString(StandardCharsets.UTF_8).substring("\uFEFFh\r\n".length());
    }
}
