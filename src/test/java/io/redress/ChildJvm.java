package io.redress;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A main class of the test class path in a JVM of its own, on the test's class path, for tests that kill it with SIGKILL: a process
 * the test can destroy without taking itself down. Its output goes to a log file.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * Starts {@code main} with {@code args}; a null {@code workingDirectory} keeps the test's own, so that the
     * relative paths of the default configuration (the embedded database under ./data) resolve there.
     */
    public static Process start(Class<?> main, Path log, Path workingDirectory, List<String> args) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), main.getName(), "--spring.main.banner-mode=off"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (workingDirectory != null) {
            builder.directory(workingDirectory.toFile());
        }
        return builder.start();
    }

    /** The last lines of a log, to show why a child did not do what a test waited for. */
    public static String tail(Path log, int lines) throws IOException {
        if (!Files.exists(log)) {
            return "--- " + log + " (none)\n";
        }
        List<String> all = Files.readAllLines(log);
        return "--- " + log + "\n" + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())) + "\n";
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
