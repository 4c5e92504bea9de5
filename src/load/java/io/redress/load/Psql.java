package io.redress.load;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** PostgreSQL's {@code psql} against one database, with the environment that points it at the server. */
record Psql(Map<String, String> env, String database) {

    Psql(String host, String port, String user, String database) {
        this(Pgbench.connection(host, port, user), database);
    }

    /** Runs {@code sql} quietly; its output, if any. */
    String run(String sql) throws IOException, InterruptedException {
        return Pgbench.run(env, List.of("psql", "-d", database, "-qc", sql));
    }

    /** The single value {@code sql} answers, unaligned and trimmed. */
    String value(String sql) throws IOException, InterruptedException {
        return Pgbench.run(env, List.of("psql", "-d", database, "-tAc", sql)).trim();
    }

    /** What {@code sql} answers, as psql prints a table. */
    String table(String sql) throws IOException, InterruptedException {
        return Pgbench.run(env, List.of("psql", "-d", database, "-c", sql));
    }
}
