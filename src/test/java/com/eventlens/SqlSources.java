package com.eventlens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the SQL of the sources as they are checked in, for {@link ArchitectureTests}' table-ownership rule: which
 * module's changelogs (under {@code db/<module>/}) create which tables and views, which tables a piece of SQL names,
 * and the SQL in a Java file (its string literals and text blocks, without comments).
 */
final class SqlSources {

    static final Path CHANGELOGS = Path.of("db");
    static final Path JAVA = Path.of("src/main/java/com/eventlens");

    private static final Pattern CREATED = Pattern.compile(
            "\\bcreate\\s+(?:table|(?:or\\s+replace\\s+)?view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    /** A table after the words that name one in SQL: from, join, into, update, copy, table, view, and "on t (". */
    private static final Pattern NAMED = Pattern.compile(
            "\\b(?:from|join|into|update|copy|table|view|exists)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)"
                    + "|\\bon\\s+([a-z_][a-z0-9_]*)\\s*(?:using\\s+[a-z]+\\s*)?\\(");
    private static final Pattern VIEW = Pattern.compile("\\bcreate\\s+(?:or\\s+replace\\s+)?view\\s+([a-z_][a-z0-9_]*)");
    /** A literal that begins a statement: the mark of a file that holds SQL. */
    private static final Pattern STATEMENT = Pattern.compile(
            "(?i)^\\s*(?:select|insert|update|delete|with|copy|create|alter)\\b");
    private static final Pattern CHANGESET = Pattern.compile("^--changeset\\s+[^:\\s]+:(\\S+)", Pattern.MULTILINE);

    private SqlSources() {
    }

    /** Table or view → the module whose changelog folder creates it. */
    static Map<String, String> owners() {
        Map<String, String> owners = new LinkedHashMap<>();
        for (Path changelog : files(CHANGELOGS, ".sql")) {
            String module = CHANGELOGS.relativize(changelog).getName(0).toString();
            Matcher created = CREATED.matcher(lower(read(changelog)));
            while (created.find()) {
                owners.put(created.group(1), module);
            }
        }
        return owners;
    }

    /** The views the modules publish as contracts for others to read (e.g. {@code recorded_interaction}). */
    static Set<String> views() {
        Set<String> views = new TreeSet<>();
        for (Path changelog : files(CHANGELOGS, ".sql")) {
            Matcher view = VIEW.matcher(lower(read(changelog)));
            while (view.find()) {
                views.add(view.group(1));
            }
        }
        return views;
    }

    /** The tables among {@code known} that the SQL names. */
    static Set<String> tablesNamed(String sql, Set<String> known) {
        Set<String> named = new TreeSet<>();
        Matcher matcher = NAMED.matcher(lower(sql));
        while (matcher.find()) {
            String table = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            if (known.contains(table)) {
                named.add(table);
            }
        }
        return named;
    }

    /** Each changeset of a module's changelogs: id → its SQL, comments left out. */
    static Map<String, String> changesets(String module) {
        Map<String, String> changesets = new LinkedHashMap<>();
        for (Path changelog : files(CHANGELOGS.resolve(module), ".sql")) {
            String text = read(changelog);
            Matcher changeset = CHANGESET.matcher(text);
            String id = null;
            int body = 0;
            while (changeset.find()) {
                if (id != null) {
                    changesets.put(id, withoutSqlComments(text.substring(body, changeset.start())));
                }
                id = changeset.group(1);
                body = changeset.end();
            }
            if (id != null) {
                changesets.put(id, withoutSqlComments(text.substring(body)));
            }
        }
        return changesets;
    }

    /** The module folders under {@code src/main/java/com/eventlens}. */
    static List<String> javaModules() {
        try (Stream<Path> modules = Files.list(JAVA)) {
            return modules.filter(Files::isDirectory).map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The SQL of the module's Java files: of each file with a literal that begins a statement, every string literal
     * and text block (";" apart, so that two literals never read as one). Files without SQL are left out, so that an
     * English sentence ("apart from session recordings") is not taken for a query.
     */
    static Map<Path, String> javaSql(String module) {
        Map<Path, String> sql = new LinkedHashMap<>();
        for (Path file : files(JAVA.resolve(module), ".java")) {
            List<String> literals = stringLiterals(read(file));
            if (literals.stream().anyMatch(literal -> STATEMENT.matcher(literal).find())) {
                sql.put(file, String.join("\n;\n", literals));
            }
        }
        return sql;
    }

    /** The string literals and text blocks of Java source, comments and character literals skipped. */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                i = lineEnd(source, i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                literals.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                int j = i + 1;
                while (source.charAt(j) != quote) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                if (quote == '"') {
                    literals.add(source.substring(i + 1, j));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static String withoutSqlComments(String sql) {
        return sql.replaceAll("--[^\\n]*", "");
    }

    private static int lineEnd(String source, int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end;
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
