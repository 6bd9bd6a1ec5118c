package com.eventlens.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the machine's cores went during a measured interval (Linux only; elsewhere it reports nothing): this
 * JVM (benchmark clients and application together), the PostgreSQL server (postmaster and all its backends,
 * including those that exited meanwhile), and everything else on the machine — on a shared build machine
 * that last figure says how much the result was disturbed.
 */
final class CpuMeter {

    /** USER_HZ: the unit of /proc's CPU times; 100 on every common Linux. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final long postmaster;

    private CpuMeter(long postmaster) {
        this.postmaster = postmaster;
    }

    static CpuMeter of(BenchmarkApp app) {
        try (Connection connection = app.connectAsSuperuser(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("show data_directory")) {
            rs.next();
            List<String> pidFile = Files.readAllLines(Path.of(rs.getString(1), "postmaster.pid"));
            return new CpuMeter(Long.parseLong(pidFile.getFirst().trim()));
        } catch (SQLException | IOException | RuntimeException e) {
            return new CpuMeter(-1);
        }
    }

    record Snapshot(long wallNanos, long jvmNanos, long postgresTicks, long machineBusyTicks, long machineTicks) {
    }

    Snapshot snapshot() {
        long jvm = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
        long postgres = -1;
        long busy = -1;
        long total = -1;
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            total = 0;
            for (int i = 1; i < Math.min(cpu.length, 9); i++) {
                total += Long.parseLong(cpu[i]);
            }
            busy = total - Long.parseLong(cpu[4]) - Long.parseLong(cpu[5]); // minus idle and iowait
            if (postmaster > 0) {
                postgres = postgresTicks();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no figures
        }
        return new Snapshot(System.nanoTime(), jvm, postgres, busy, total);
    }

    /** utime + stime of the postmaster, its reaped children (cutime + cstime), and its live children. */
    private long postgresTicks() throws IOException {
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .toList()) {
                String[] stat;
                try {
                    String line = Files.readString(process.resolve("stat"));
                    stat = line.substring(line.lastIndexOf(')') + 2).split(" ");
                } catch (IOException gone) {
                    continue;
                }
                long pid = Long.parseLong(process.getFileName().toString());
                long parent = Long.parseLong(stat[1]);
                // Fields after the command: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
                if (pid == postmaster) {
                    ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]) + Long.parseLong(stat[13])
                            + Long.parseLong(stat[14]);
                } else if (parent == postmaster) {
                    ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                }
            }
        }
        return ticks;
    }

    /** Adds "cores used" rows for the interval between the two snapshots. */
    static void report(Snapshot from, Snapshot to, Report.Section out, String interval) {
        double wall = (to.wallNanos() - from.wallNanos()) / 1e9;
        if (wall <= 0 || from.machineTicks() < 0) {
            return;
        }
        double jvm = from.jvmNanos() < 0 ? Double.NaN : (to.jvmNanos() - from.jvmNanos()) / 1e9 / wall;
        double postgres = from.postgresTicks() < 0 ? Double.NaN
                : (to.postgresTicks() - from.postgresTicks()) / TICKS_PER_SECOND / wall;
        double busy = (to.machineBusyTicks() - from.machineBusyTicks()) / TICKS_PER_SECOND / wall;
        double all = (to.machineTicks() - from.machineTicks()) / TICKS_PER_SECOND / wall;
        double others = busy - (Double.isNaN(jvm) ? 0 : jvm) - (Double.isNaN(postgres) ? 0 : postgres);
        out.row("CPU: this JVM (clients + app)", String.format("%.2f cores", jvm), interval);
        out.row("CPU: PostgreSQL", String.format("%.2f cores", postgres), "postmaster and all its backends");
        out.row("CPU: other processes", String.format("%.2f cores", Math.max(0, others)),
                String.format("machine busy %.2f of %.2f cores", busy, all));
    }
}
