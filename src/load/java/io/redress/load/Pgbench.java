package io.redress.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own TPC-B-like benchmark on the same server, as the yardstick of a run: a scratch database of its
 * own (created and initialised with {@code pgbench -i} once), then 8 clients for as long as each scenario runs.
 * Connection from --pg-host, --pg-port, --pg-user (PGPASSWORD from the environment when needed).
 */
final class Pgbench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final Map<String, String> env;
    private final String database;

    Pgbench(String host, String port, String user, String database) {
        this.env = connection(host, port, user);
        this.database = database;
    }

    /** The environment that points PostgreSQL's client programs at the server. */
    static Map<String, String> connection(String host, String port, String user) {
        return Map.of("PGHOST", host, "PGPORT", port, "PGUSER", user);
    }

    void initialise() throws IOException, InterruptedException {
        String exists = run(List.of("psql", "-d", "postgres", "-tAc",
                "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")).trim();
        if (!exists.equals("1")) {
            run(List.of("createdb", database));
        }
        run(List.of("pgbench", "-i", "-q", "-s", "1", database));
    }

    /** Transactions per second of 8 clients over 2 threads for {@code seconds}. */
    double tps(int seconds) throws IOException, InterruptedException {
        String out = run(List.of("pgbench", "-n", "-c", "8", "-j", "2", "-T", String.valueOf(seconds), database));
        Matcher m = TPS.matcher(out);
        if (!m.find()) {
            throw new IOException("no tps in pgbench's output: " + out);
        }
        return Double.parseDouble(m.group(1));
    }

    private String run(List<String> command) throws IOException, InterruptedException {
        return run(env, command);
    }

    /** Runs a PostgreSQL client program with {@code env} (PGHOST, PGPORT, PGUSER); its output, or an IOException. */
    static String run(Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        return run(env, command, null);
    }

    /**
     * Runs a database client program ({@code psql}, {@code mysql}, …) with {@code env} added to its environment and
     * {@code input} (null: none) on its standard input; its output (with its errors), or an IOException.
     */
    static String run(Map<String, String> env, List<String> command, String input)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        if (input != null) {
            process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
