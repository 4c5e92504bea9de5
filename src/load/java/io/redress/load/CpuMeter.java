package io.redress.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time spent by the application's JVM and by the PostgreSQL backends serving its database, read from
 * {@code /proc} (Linux, the load client on the same machine as both): user + system time of the JVM process
 * ({@code --cpu-pid}) and the sum over the processes whose command line is {@code postgres: <user> <db> ...}
 * (one per connection of the application's pool; background processes shared by every database are not counted).
 * JIT compiler threads that the JVM retires meanwhile take their time with them (rare under load). Without a
 * database ({@code db} null) only the JVM is read: litemall's, whose MariaDB is one process read by {@link #processMs}.
 */
final class CpuMeter {

    private static final double TICKS_PER_MS = 100.0 / 1000; // USER_HZ: 100 on Linux

    private final long jvmPid;
    private final String db;

    CpuMeter(long jvmPid, String db) {
        this.jvmPid = jvmPid;
        this.db = db;
    }

    /**
     * A reading: JVM and PostgreSQL CPU in milliseconds so far, and the part of the JVM's spent by its JIT compiler
     * threads (the rest is the requests, the listeners and the JVM's own GC and housekeeping). A JVM that has not
     * run long spends much of its time compiling; that share goes to zero as the code warms up.
     */
    record Reading(double jvmMs, Map<String, Long> pgTicks, double jitMs) {

        /**
         * From {@code before} to this reading. PostgreSQL per backend: one that started meanwhile counts whole, one
         * that ended meanwhile (the pool retires its connections) is not counted at all, so PostgreSQL's share may
         * be low when the pool turned a connection over in the window, never negative.
         */
        Used minus(Reading before) {
            long pg = 0;
            for (Map.Entry<String, Long> backend : pgTicks.entrySet()) {
                pg += backend.getValue() - before.pgTicks.getOrDefault(backend.getKey(), 0L);
            }
            return new Used(jvmMs - before.jvmMs, pg / TICKS_PER_MS, jitMs - before.jitMs);
        }
    }

    /** CPU used between two readings, in milliseconds. */
    record Used(double jvmMs, double pgMs, double jitMs) {
    }

    /**
     * The CPU this load run's own process has used so far, in milliseconds: it shares the machine with the instance
     * and PostgreSQL, so what it spends per call is taken from them, and the run reports it beside theirs.
     */
    static double loadClientMs() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e6;
    }

    Reading read() {
        Map<String, Long> pg = new HashMap<>();
        if (db != null) {
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                for (Path p : (Iterable<Path>) processes::iterator) {
                    String name = p.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    String cmdline = cmdline(p);
                    if (cmdline.startsWith("postgres: ") && cmdline.contains(" " + db + " ")) {
                        pg.put(name, ticks(p));
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        double jit = 0;
        try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(jvmPid), "task"))) {
            for (Path t : (Iterable<Path>) threads::iterator) {
                String name = comm(t);
                if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                    jit += ticks(t);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Reading(ticks(Path.of("/proc", Long.toString(jvmPid))) / TICKS_PER_MS, pg, jit / TICKS_PER_MS);
    }

    /** The CPU (user + system) that process {@code pid} has used so far, in milliseconds; 0 once it is gone. */
    static double processMs(long pid) {
        return ticks(Path.of("/proc", Long.toString(pid))) / TICKS_PER_MS;
    }

    /** The id of the first process whose command name is one of {@code names} (e.g. mariadbd, mysqld); -1 if none. */
    static long pidOf(String... names) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) processes::iterator) {
                String name = p.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit) && List.of(names).contains(comm(p))) {
                    return Long.parseLong(name);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return -1;
    }

    private static String comm(Path thread) {
        try {
            return Files.readString(thread.resolve("comm")).trim();
        } catch (IOException e) {
            return "";
        }
    }

    private static String cmdline(Path process) {
        try {
            return new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return ""; // gone meanwhile, or not ours to read
        }
    }

    /** utime + stime (fields 14 and 15 of /proc/<pid>/stat, counted after the parenthesised command name). */
    private static long ticks(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            return 0;
        }
    }
}
