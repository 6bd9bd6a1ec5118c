package com.eventlens.shared.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The passwords of one embedded data directory, made at random on its first start and kept beside it in
 * {@code <data directory>.credentials}, readable by its owner only: the superuser's (for the start-up checks and
 * migrations) and the application role's.
 *
 * <p>Beside, not inside: the file must exist before {@code initdb}, which wants an empty directory, so that a crash
 * during the first start never leaves a data directory whose password nobody knows.
 */
record EmbeddedDatabaseCredentials(String superuserPassword, String applicationPassword) {

    static final String SUPERUSER = "postgres";
    static final String APPLICATION_ROLE = "eventlens";
    static final String DATABASE = "eventlens";

    private static final SecureRandom RANDOM = new SecureRandom();

    static Path fileOf(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".credentials");
    }

    static boolean existFor(Path dataDirectory) {
        return Files.exists(fileOf(dataDirectory));
    }

    /** The data directory's passwords, made and written now if it has none yet. */
    static EmbeddedDatabaseCredentials of(Path dataDirectory) {
        Path file = fileOf(dataDirectory);
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            EmbeddedDatabaseCredentials credentials = new EmbeddedDatabaseCredentials(randomPassword(), randomPassword());
            credentials.write(file);
            return credentials;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the embedded PostgreSQL's passwords in " + file, e);
        }
    }

    private static EmbeddedDatabaseCredentials read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        String superuser = properties.getProperty("superuser.password", "");
        String application = properties.getProperty("application.password", "");
        if (!isPassword(superuser) || !isPassword(application)) {
            throw new IllegalStateException(file + " is damaged: it must hold superuser.password and "
                    + "application.password. Restore it from a backup, or delete it and its data directory to start afresh.");
        }
        return new EmbeddedDatabaseCredentials(superuser, application);
    }

    private void write(Path file) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer out = Files.newBufferedWriter(temporary)) {
            out.write("# The embedded PostgreSQL's passwords for " + file.getFileName().toString().replace(".credentials", "")
                    + ", made on its first start. Keep this file private and beside its data directory.\n");
            out.write("superuser=" + SUPERUSER + "\n");
            out.write("superuser.password=" + superuserPassword + "\n");
            out.write("application.role=" + APPLICATION_ROLE + "\n");
            out.write("application.password=" + applicationPassword + "\n");
        }
        // Whole or not at all: a half-written file would lock the data directory for good.
        Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** 32 random bytes as hex: nothing that needs quoting in SQL or in a properties file. */
    private static String randomPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static boolean isPassword(String value) {
        return value.length() >= 32 && value.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    @Override
    public String toString() {
        return "EmbeddedDatabaseCredentials[passwords hidden]";
    }
}
