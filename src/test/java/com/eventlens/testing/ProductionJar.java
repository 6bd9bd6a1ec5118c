package com.eventlens.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged production jar ({@code target/eventlens.jar}, made by {@code package}) running in a process of its
 * own, as an operator starts it: {@code java -jar} with command-line arguments, in its own process group (as a
 * terminal, a service manager or a container runtime would run it), its output in
 * {@code target/production-jar/<name>.log}. Ready when its readiness endpoint says so.
 */
public final class ProductionJar implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofMinutes(3);

    private final String name;
    private final Process process;
    private final Path log;
    private final ConsoleHttp http;
    private Duration startup;

    private ProductionJar(String name, Process process, Path log, ConsoleHttp http) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.http = http;
    }

    /** The jar that failsafe names in {@code eventlens.jar}, or {@code target/eventlens.jar}. */
    public static Path jar() {
        Path jar = Path.of(System.getProperty("eventlens.jar", "target/eventlens.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: it is made by ./mvnw package (./mvnw verify makes it too)");
        }
        return jar;
    }

    /** Starts the jar on a free HTTP port with these further arguments and waits until it is ready. */
    public static ProductionJar start(String name, String... arguments) {
        int port = Applications.freePort();
        Path folder = Path.of("target", "production-jar");
        Path log = folder.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of("setsid", ProcessHandle.current().info().command().orElse("java"),
                "-jar", jar().toString(), "--server.port=" + port));
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(folder);
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            ProductionJar jar = new ProductionJar(name, process, log, new ConsoleHttp("http://localhost:" + port));
            jar.awaitReady(started);
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command, e);
        }
    }

    private void awaitReady(long started) {
        while (System.nanoTime() - started < START_LIMIT.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The production jar '" + name + "' stopped while starting (exit "
                        + process.exitValue() + "):\n" + tail());
            }
            if (isReady()) {
                startup = Duration.ofNanos(System.nanoTime() - started);
                return;
            }
            sleep(Duration.ofMillis(250));
        }
        close();
        throw new IllegalStateException("The production jar '" + name + "' was not ready within " + START_LIMIT + ":\n" + tail());
    }

    private boolean isReady() {
        try {
            return http.get("/actuator/health/readiness").statusCode() == 200;
        } catch (UncheckedIOException notListeningYet) {
            return false;
        }
    }

    public String baseUrl() {
        return http.baseUrl();
    }

    public ConsoleHttp http() {
        return http;
    }

    /** From the start of the process until its readiness endpoint answered UP. */
    public Duration startup() {
        return startup;
    }

    /** Its process (the JVM), which leads its process group. */
    public ProcessHandle process() {
        return process.toHandle();
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a signal ("TERM", "INT") to the jar's whole process group, as a terminal or a service manager does. */
    public void signalProcessGroup(String signal) {
        kill(signal, "-" + process.pid());
    }

    /** Sends a signal to one process. */
    public static void kill(String signal, String target) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, "--", target).inheritIO().start();
            kill.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits up to {@code limit} for the process to end; whether it did. */
    public boolean awaitExit(Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops it with SIGTERM to its process group if it still runs, and by force after 30 s. */
    @Override
    public void close() {
        if (process.isAlive()) {
            signalProcessGroup("TERM");
            if (!awaitExit(Duration.ofSeconds(30))) {
                process.destroyForcibly();
            }
        }
    }

    private String tail() {
        List<String> lines = log().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
