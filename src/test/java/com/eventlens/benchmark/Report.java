package com.eventlens.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's results: a header (settings, machine, database) and one section per benchmark part, each a
 * table of measure, value and note. Printed at the end and written to {@code <output>/<section>.txt}.
 */
final class Report {

    private final List<String> header = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();

    void header(String line) {
        header.add(line);
    }

    Section section(String name, String title) {
        Section section = new Section(name, title);
        sections.add(section);
        return section;
    }

    static final class Section {
        final String name;
        final String title;
        private final List<String[]> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        private Section(String name, String title) {
            this.name = name;
            this.title = title;
        }

        /** A row of the table: what was measured, the figure, and what it means or how it was taken. */
        void row(String measure, String value, String note) {
            rows.add(new String[] {measure, value, note == null ? "" : note});
        }

        /** A line of free text under the table (observations, caveats). */
        void note(String text) {
            notes.add(text);
        }

        String render() {
            int[] widths = {"Measure".length(), "Value".length(), 0};
            for (String[] row : rows) {
                for (int c = 0; c < 2; c++) {
                    widths[c] = Math.max(widths[c], row[c].length());
                }
            }
            StringBuilder out = new StringBuilder();
            out.append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
            String format = "%-" + widths[0] + "s | %" + widths[1] + "s | %s%n";
            out.append(String.format(format, "Measure", "Value", "Note"));
            out.append("-".repeat(widths[0])).append("-+-").append("-".repeat(widths[1])).append("-+-")
                    .append("-".repeat(40)).append('\n');
            for (String[] row : rows) {
                out.append(String.format(format, row[0], row[1], row[2]));
            }
            if (!notes.isEmpty()) {
                out.append('\n');
                notes.forEach(note -> out.append(note).append('\n'));
            }
            return out.toString();
        }
    }

    String render(Section section) {
        StringBuilder out = new StringBuilder();
        header.forEach(line -> out.append(line).append('\n'));
        out.append('\n').append(section.render());
        return out.toString();
    }

    String render() {
        StringBuilder out = new StringBuilder();
        header.forEach(line -> out.append(line).append('\n'));
        sections.forEach(section -> out.append('\n').append(section.render()));
        return out.toString();
    }

    /** Writes each section with the header to {@code <directory>/<section name>.txt}; returns the files. */
    List<Path> write(Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> files = new ArrayList<>();
        for (Section section : sections) {
            Path file = directory.resolve(section.name + ".txt");
            Files.writeString(file, render(section));
            files.add(file);
        }
        return files;
    }
}
