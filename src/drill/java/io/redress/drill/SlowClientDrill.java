package io.redress.drill;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The slow-client drill: opens many connections to the application on loopback that each POST /api/v1/auth/token
 * with a Content-Length and then send one byte a second, reopening any the server closes so that the pressure
 * stays; meanwhile it measures GET /actuator/health on fresh connections. Prints the health latencies and what
 * became of the slow connections. Without --port it starts the application itself (default configuration, a
 * fresh embedded database in a temporary directory) with the JVM of --java, from target/classes or from the
 * directory of another build given as --app-classes; --app-args are passed to the application.
 *
 * <pre>mvn -Pdrill test-compile exec:exec -Ddrill.args="--connections=400 --seconds=30 --java=/path/to/bin/java"</pre>
 */
public final class SlowClientDrill {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final int CONTENT_LENGTH = 1_000;
    private static final int PROBE_TIMEOUT_MS = 2_000;

    private final int port;
    private final int connections;
    private final long seconds;

    private SlowClientDrill(int port, int connections, long seconds) {
        this.port = port;
        this.connections = connections;
        this.seconds = seconds;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new TreeMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        int connections = Math.min(Integer.parseInt(options.getOrDefault("connections", "400")), 2_000);
        long seconds = Math.min(Long.parseLong(options.getOrDefault("seconds", "30")), 300);
        Process app = null;
        int port;
        if (options.containsKey("port")) {
            port = Integer.parseInt(options.get("port"));
        } else {
            port = freePort();
            app = start(options.getOrDefault("java", Path.of(System.getProperty("java.home"), "bin", "java").toString()), port,
                    classPath(options.get("app-classes")), options.getOrDefault("app-args", ""));
        }
        try {
            awaitHealthy(port, app);
            new SlowClientDrill(port, connections, seconds).run();
        } finally {
            if (app != null) {
                app.destroy();
                app.waitFor(20, TimeUnit.SECONDS);
                app.destroyForcibly();
            }
        }
    }

    private void run() throws Exception {
        for (int i = 0; i < 100; i++) {
            probeHealth(); // a warm service: the first requests of a fresh JVM run interpreted
        }
        SlowConnections slow = new SlowConnections(port, connections, CONTENT_LENGTH);
        Thread dripping = new Thread(() -> slow.drip(seconds + 2), "slow-clients");
        dripping.start();
        Thread.sleep(2_000);
        List<Long> latencies = new ArrayList<>();
        List<String> slowest = new ArrayList<>();
        int timedOut = 0;
        long begin = System.nanoTime();
        long end = begin + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end && latencies.size() < 100_000) {
            long at = System.nanoTime();
            long micros = probeHealth();
            if (micros < 0) {
                timedOut++;
                micros = TimeUnit.MILLISECONDS.toMicros(PROBE_TIMEOUT_MS);
            }
            latencies.add(micros);
            if (micros > 100_000) {
                slowest.add(String.format("%.0f ms at %.1f s", micros / 1000.0, (at - begin) / 1e9));
            }
            Thread.sleep(20);
        }
        dripping.join();
        Collections.sort(latencies);
        System.out.printf("%nslow-client drill against 127.0.0.1:%d, %d slow connections for %d s%n", port, connections, seconds);
        System.out.println("slow connections: " + slow.summary());
        System.out.printf("GET /actuator/health: %d samples, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d without an answer within %d ms%n",
                latencies.size(), percentile(latencies, 50), percentile(latencies, 99), latencies.get(latencies.size() - 1) / 1000.0,
                timedOut, PROBE_TIMEOUT_MS);
        System.out.println("health samples over 100 ms: " + (slowest.size() > 20 ? slowest.size() + ", first " + slowest.subList(0, 20) : slowest));
        System.out.println(percentile(latencies, 99) < 100 ? "PASS: health p99 under 100 ms" : "FAIL: health p99 not under 100 ms");
    }

    /** Microseconds from connecting to the status line of a 200, or -1 when none came within the probe timeout. */
    private long probeHealth() {
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOOPBACK, port), PROBE_TIMEOUT_MS);
            socket.setSoTimeout(PROBE_TIMEOUT_MS);
            socket.getOutputStream().write(("GET /actuator/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String status = statusLine(socket.getInputStream());
            return status.startsWith("HTTP/1.1 200") ? TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start) : -1;
        } catch (SocketTimeoutException late) {
            return -1;
        } catch (IOException refused) {
            return -1;
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) != -1 && c != '\n' && line.length() < 200; ) {
            line.append((char) c);
        }
        return line.toString();
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }

    /** The drill's own class path, or with another build of the application (--app-classes) in place of target/classes. */
    private static String classPath(String appClasses) {
        String own = System.getProperty("java.class.path");
        if (appClasses == null) {
            return own;
        }
        List<String> entries = new ArrayList<>(List.of(own.split(java.io.File.pathSeparator)));
        entries.removeIf(entry -> Path.of(entry).endsWith(Path.of("target", "classes")));
        entries.add(0, appClasses);
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static Process start(String java, int port, String classPath, String appArgs) throws IOException {
        Path home = Files.createTempDirectory("redress-drill");
        Path log = home.resolve("application.log");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", classPath,
                "io.redress.RedressApplication", "--server.port=" + port, "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off"));
        if (!appArgs.isBlank()) {
            command.addAll(List.of(appArgs.trim().split("\\s+")));
        }
        System.out.println("starting the application with " + java + ", log in " + log);
        return new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitHealthy(int port, Process app) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (app != null && !app.isAlive()) {
                throw new IllegalStateException("the application ended with " + app.exitValue());
            }
            try (Socket socket = new Socket(LOOPBACK, port)) {
                socket.setSoTimeout(PROBE_TIMEOUT_MS);
                socket.getOutputStream().write("GET /actuator/health/readiness HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                if (statusLine(socket.getInputStream()).startsWith("HTTP/1.1 200")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the application did not become ready on port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
            return socket.getLocalPort();
        }
    }

    /** The slow clients, driven by one thread with a selector: one byte a second each, reopened when closed. */
    private static final class SlowConnections {

        private final int port;
        private final int wanted;
        private final int contentLength;
        private final Map<String, Integer> closedWith = new TreeMap<>();
        private final List<Long> lifetimesMs = new ArrayList<>();
        private int opened;
        private int refused;

        SlowConnections(int port, int wanted, int contentLength) {
            this.port = port;
            this.wanted = wanted;
            this.contentLength = contentLength;
        }

        void drip(long seconds) {
            try (Selector selector = Selector.open()) {
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
                long nextByte = 0;
                while (System.nanoTime() < end) {
                    while (selector.keys().size() < wanted && refused < 10_000) {
                        open(selector);
                    }
                    if (System.nanoTime() >= nextByte) {
                        for (SelectionKey key : selector.keys()) {
                            send((SocketChannel) key.channel(), key, (byte) 'x');
                        }
                        nextByte = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
                    }
                    selector.select(100);
                    for (SelectionKey key : selector.selectedKeys()) {
                        read(key);
                    }
                    selector.selectedKeys().clear();
                }
                for (SelectionKey key : selector.keys()) {
                    key.channel().close();
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private void open(Selector selector) {
            try {
                SocketChannel channel = SocketChannel.open(new InetSocketAddress(LOOPBACK, port));
                channel.write(ByteBuffer.wrap(("POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + contentLength + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII)));
                channel.configureBlocking(false);
                channel.register(selector, SelectionKey.OP_READ, new Slow(System.nanoTime()));
                opened++;
            } catch (IOException e) {
                refused++;
            }
        }

        private void send(SocketChannel channel, SelectionKey key, byte b) {
            try {
                channel.write(ByteBuffer.wrap(new byte[] {b}));
            } catch (IOException closed) {
                close(key, "reset");
            }
        }

        private void read(SelectionKey key) {
            Slow slow = (Slow) key.attachment();
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            try {
                int n = ((SocketChannel) key.channel()).read(buffer);
                if (n > 0 && slow.status == null) {
                    String text = new String(buffer.array(), 0, n, StandardCharsets.US_ASCII);
                    slow.status = text.length() >= 12 && text.startsWith("HTTP/") ? text.substring(9, 12) : "?";
                }
                if (n == -1) {
                    close(key, slow.status == null ? "closed without an answer" : slow.status);
                }
            } catch (IOException reset) {
                close(key, slow.status == null ? "reset" : slow.status);
            }
        }

        private void close(SelectionKey key, String outcome) {
            Slow slow = (Slow) key.attachment();
            closedWith.merge(outcome, 1, Integer::sum);
            lifetimesMs.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - slow.openedAt));
            key.cancel();
            try {
                key.channel().close();
            } catch (IOException ignored) {
                // closing a closed channel
            }
        }

        String summary() {
            if (lifetimesMs.isEmpty()) {
                return opened + " opened, none closed by the server (not timed out); " + refused + " connects refused";
            }
            Collections.sort(lifetimesMs);
            return opened + " opened (reopened when closed), " + lifetimesMs.size() + " closed by the server, answered "
                    + closedWith + ", after a median " + lifetimesMs.get(lifetimesMs.size() / 2) / 1000.0 + " s; "
                    + refused + " connects refused";
        }

        private static final class Slow {
            final long openedAt;
            String status;

            Slow(long openedAt) {
                this.openedAt = openedAt;
            }
        }
    }
}
