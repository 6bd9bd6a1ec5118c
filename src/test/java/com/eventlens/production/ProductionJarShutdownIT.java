package com.eventlens.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.eventlens.testing.Applications;
import com.eventlens.testing.ProductionJar;

/**
 * Stopping the packaged console on its embedded PostgreSQL takes well under 10 s and logs no warning, whichever of
 * its processes the signal reaches first: the JVM's process group (a terminal, a container runtime), every process
 * at once (systemd stops a service's whole control group), or PostgreSQL a moment before the JVM. The clock runs
 * from the first signal until both the JVM and PostgreSQL are gone.
 */
class ProductionJarShutdownIT {

    static final Duration LIMIT = Duration.ofSeconds(10);

    @TempDir
    Path folder;

    ProductionJar jar;

    @AfterEach
    void stop() {
        if (jar != null) {
            jar.close();
        }
    }

    @Test
    void sigtermToTheProcessGroup() {
        start("sigterm-process-group");
        Optional<ProcessHandle> postgres = postmaster();

        long signalled = System.nanoTime();
        jar.signalProcessGroup("TERM");

        assertStoppedQuicklyAndQuietly(signalled, postgres);
    }

    @Test
    void sigtermToEveryProcessAtOnceAsAServiceManagerDoes() {
        start("sigterm-every-process");
        Optional<ProcessHandle> postgres = postmaster();

        long signalled = System.nanoTime();
        ProductionJar.kill("TERM", String.valueOf(postgres.orElseThrow().pid()));
        jar.signalProcessGroup("TERM");

        assertStoppedQuicklyAndQuietly(signalled, postgres);
    }

    @Test
    void postgresTerminatedAMomentBeforeTheConsole() throws InterruptedException {
        start("sigterm-postgres-first");
        Optional<ProcessHandle> postgres = postmaster();

        long signalled = System.nanoTime();
        ProductionJar.kill("TERM", String.valueOf(postgres.orElseThrow().pid()));
        Thread.sleep(1_000);
        jar.signalProcessGroup("TERM");

        assertStoppedQuicklyAndQuietly(signalled, postgres);
    }

    private void start(String name) {
        jar = ProductionJar.start(name, "--eventlens.embedded-database.data-directory=" + folder.resolve("postgres"),
                "--eventlens.embedded-database.port=" + Applications.freePort());
    }

    /** The embedded PostgreSQL's server process, as its pid file names it. */
    private Optional<ProcessHandle> postmaster() {
        try {
            String pid = Files.readAllLines(folder.resolve("postgres").resolve("postmaster.pid")).getFirst().strip();
            Optional<ProcessHandle> postmaster = ProcessHandle.of(Long.parseLong(pid));
            assertThat(postmaster).as("the embedded PostgreSQL runs").isPresent();
            return postmaster;
        } catch (IOException e) {
            throw new AssertionError("The embedded PostgreSQL left no pid file in " + folder, e);
        }
    }

    private void assertStoppedQuicklyAndQuietly(long signalled, Optional<ProcessHandle> postgres) {
        assertThat(jar.awaitExit(LIMIT.plusSeconds(30))).as("the console stopped at all").isTrue();
        postgres.orElseThrow().onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
        Duration took = Duration.ofNanos(System.nanoTime() - signalled);
        System.out.println(getClass().getSimpleName() + ": stopped in " + took.toMillis() + " ms");

        String log = jar.log();
        assertThat(took).as("time to stop; the log:\n%s", log).isLessThan(LIMIT);
        assertThat(log.lines().filter(line -> line.contains(" WARN ") || line.contains(" ERROR ")))
                .as("warnings and errors in the log").isEmpty();
        assertThat(jar.process().isAlive()).isFalse();
    }
}
