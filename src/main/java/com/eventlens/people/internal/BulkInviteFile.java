package com.eventlens.people.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.InputStreamSource;

import com.eventlens.people.EventRole;
import com.eventlens.people.PersonField;

/**
 * Reads a bulk invite file (SPEC.md §4) as a stream of rows: strict UTF-8 (a byte-order mark is allowed), RFC
 * 4180 quoting, a header naming the eight columns in any order, then one person a line; blank lines are skipped.
 * Rows are handed out one at a time with the number of the line they start on, so a file of any length is read
 * in constant memory.
 */
final class BulkInviteFile {

    static final List<String> COLUMNS = Arrays.stream(PersonField.values()).map(PersonField::column).toList();
    static final String HEADER = String.join(",", COLUMNS);
    static final String ROLE_SEPARATOR = "|";

    private BulkInviteFile() {
    }

    /** One person's line, its values in the order of {@link PersonField}, untrimmed. */
    record Row(long line, String[] values) {

        String get(PersonField field) {
            return values[field.ordinal()];
        }
    }

    /** What the reader hands its rows and row-level problems to. */
    interface Visitor {

        void row(Row row);

        /** A line that cannot be read as a person at all (e.g. a wrong number of values). */
        void problem(long line, String reason);
    }

    /** A problem with the file as a whole, after which nothing more can be read: wrong header, encoding, quoting. */
    static final class BadFile extends Exception {

        final long line;

        BadFile(long line, String reason) {
            super(reason);
            this.line = line;
        }
    }

    /** Reads the whole file; returns how many person rows it has (good ones and bad ones). */
    static long read(InputStreamSource source, Visitor visitor) throws IOException, BadFile {
        try (InputStream in = new BufferedInputStream(source.getInputStream())) {
            skipByteOrderMark(in);
            CharsetDecoder strictUtf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            Reader reader = new BufferedReader(new InputStreamReader(in, strictUtf8));
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    // Blank lines are skipped here, so that every row's line number stays exact.
                    .setIgnoreEmptyLines(false)
                    .get();
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                return readRecords(parser, visitor);
            } catch (UncheckedIOException failure) {
                throw badFile(source, failure.getCause());
            } catch (IOException failure) {
                throw badFile(source, failure);
            }
        }
    }

    private static long readRecords(CSVParser parser, Visitor visitor) throws BadFile {
        Iterator<CSVRecord> records = parser.iterator();
        CSVRecord header = null;
        while (header == null) {
            if (!records.hasNext()) {
                throw new BadFile(1, "The file is empty: it needs the header row " + HEADER
                        + " and then one person a row.");
            }
            CSVRecord first = records.next();
            header = blank(first) ? null : first;
        }
        int[] columnOf = columns(header);
        long people = 0;
        while (true) {
            // The parser has read every line break up to here: the next record starts on the next line.
            long line = parser.getCurrentLineNumber() + 1;
            if (!records.hasNext()) {
                break;
            }
            CSVRecord record = records.next();
            if (blank(record)) {
                continue;
            }
            people++;
            if (record.size() != header.size()) {
                visitor.problem(line, "Has " + record.size() + (record.size() == 1 ? " value" : " values")
                        + " where the header has " + header.size() + " columns.");
                continue;
            }
            String[] values = new String[columnOf.length];
            for (int field = 0; field < columnOf.length; field++) {
                values[field] = record.get(columnOf[field]);
            }
            visitor.row(new Row(line, values));
        }
        if (people == 0) {
            throw new BadFile(header.getRecordNumber() + 1, "The file has a header but nobody in it: add one "
                    + "person a row under the header.");
        }
        return people;
    }

    /** Where each field's column is in the file; the header must name every column exactly once, in any order. */
    private static int[] columns(CSVRecord header) throws BadFile {
        Map<String, Integer> positions = new java.util.LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                unknown.add(name.isEmpty() ? "(an empty column name)" : "\"" + header.get(i).strip() + "\"");
            } else if (positions.putIfAbsent(name, i) != null) {
                repeated.add(name);
            }
        }
        List<String> missing = COLUMNS.stream().filter(column -> !positions.containsKey(column)).toList();
        if (!unknown.isEmpty() || !missing.isEmpty() || !repeated.isEmpty()) {
            List<String> what = new ArrayList<>();
            if (!missing.isEmpty()) {
                what.add("missing " + String.join(", ", missing));
            }
            if (!unknown.isEmpty()) {
                what.add("unknown " + String.join(", ", unknown));
            }
            if (!repeated.isEmpty()) {
                what.add("repeated " + String.join(", ", repeated));
            }
            throw new BadFile(header.getRecordNumber(), "Wrong header (" + String.join("; ", what)
                    + "): the first row must be " + HEADER + ".");
        }
        return COLUMNS.stream().mapToInt(positions::get).toArray();
    }

    private static boolean blank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The roles of a cell such as {@code Speaker|Moderator}: codes or labels, any case; blank means Attendee.
     *
     * @param unknown collects the parts that name no role
     */
    static Set<EventRole> roles(String cell, List<String> unknown) {
        Set<EventRole> roles = EnumSet.noneOf(EventRole.class);
        for (String part : cell.split("\\|")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            String code = name.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            Arrays.stream(EventRole.values()).filter(role -> role.name().equals(code)).findFirst()
                    .ifPresentOrElse(roles::add, () -> unknown.add(name));
        }
        if (roles.isEmpty() && unknown.isEmpty()) {
            roles.add(EventRole.ATTENDEE);
        }
        return roles;
    }

    static String unknownRoles(List<String> unknown) {
        return (unknown.size() == 1 ? "Unknown role " : "Unknown roles ")
                + unknown.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "))
                + ": use Event manager, Speaker, Moderator or Attendee, separated by " + ROLE_SEPARATOR + ".";
    }

    private static void skipByteOrderMark(InputStream in) throws IOException, BadFile {
        in.mark(3);
        byte[] start = in.readNBytes(3);
        if (start.length >= 2 && (start[0] == (byte) 0xFE && start[1] == (byte) 0xFF
                || start[0] == (byte) 0xFF && start[1] == (byte) 0xFE)) {
            throw new BadFile(1, "The file is UTF-16 text: save it as \"CSV UTF-8\" and upload it again.");
        }
        if (!(start.length == 3 && start[0] == (byte) 0xEF && start[1] == (byte) 0xBB && start[2] == (byte) 0xBF)) {
            in.reset();
        }
    }

    private static BadFile badFile(InputStreamSource source, Throwable failure) throws IOException {
        if (failure instanceof CharacterCodingException) {
            return new BadFile(firstLineThatIsNotUtf8(source), "Not UTF-8 text: save the file as \"CSV UTF-8\" "
                    + "and upload it again.");
        }
        if (failure instanceof IOException io && io.getClass().getName().startsWith("org.apache.commons.csv")) {
            return new BadFile(lineIn(io.getMessage()), "Not a readable CSV file: " + io.getMessage());
        }
        throw failure instanceof IOException io ? io : new IOException(failure);
    }

    /**
     * The decoder reports bad bytes when it fills its buffer, which may be many lines ahead of the parser: decode
     * again, counting line breaks, to name the line that holds the first bad byte.
     */
    static long firstLineThatIsNotUtf8(InputStreamSource source) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long line = 1;
        try (InputStream in = source.getInputStream()) {
            ByteBuffer bytes = ByteBuffer.allocate(8192);
            CharBuffer chars = CharBuffer.allocate(8192);
            boolean end = false;
            while (!end) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = read < 0;
                if (read > 0) {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                chars.flip();
                for (int i = 0; i < chars.limit(); i++) {
                    if (chars.get(i) == '\n') {
                        line++;
                    }
                }
                chars.clear();
                if (result.isError()) {
                    return line;
                }
                bytes.compact();
            }
        }
        return line;
    }

    /** commons-csv names the line in its messages ("… (line 12) …"); 0 when it does not. */
    private static long lineIn(String message) {
        var matcher = java.util.regex.Pattern.compile("line (\\d+)").matcher(message == null ? "" : message);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    static Map<PersonField, String> valuesOf(Row row) {
        Map<PersonField, String> values = new EnumMap<>(PersonField.class);
        for (PersonField field : PersonField.values()) {
            values.put(field, row.get(field));
        }
        return values;
    }
}
