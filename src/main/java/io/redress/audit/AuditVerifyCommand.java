package io.redress.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code java -jar redress.jar audit-verify FILE [--digest HEX] [--start HEX]}: verifies an export offline, without
 * Spring, a database or the network. Exit status 0 when intact, 1 at the first problem, 2 on a usage or read error.
 */
public final class AuditVerifyCommand {

    public static final String NAME = "audit-verify";
    private static final String USAGE = "usage: audit-verify FILE [--digest HEX] [--start HEX]";

    private AuditVerifyCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path file = null;
        String digest = null;
        String start = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ((arg.equals("--digest") || arg.equals("--start")) && i + 1 < args.length) {
                String hex = args[++i].toLowerCase(Locale.ROOT);
                if (!hex.matches("[0-9a-f]{64}")) {
                    err.println(arg + " must be 64 hex digits (a SHA-256)");
                    return 2;
                }
                if (arg.equals("--digest")) {
                    digest = hex;
                } else {
                    start = hex;
                }
            } else if (file == null && !arg.startsWith("--")) {
                file = Path.of(arg);
            } else {
                err.println(USAGE);
                return 2;
            }
        }
        if (file == null || !Files.isReadable(file)) {
            err.println(file == null ? USAGE : "cannot read " + file);
            return 2;
        }
        Path export = file;
        ChainVerifier.Verdict verdict;
        try {
            verdict = ChainVerifier.verify(() -> lines(export), start, digest);
        } catch (UncheckedIOException e) {
            err.println("cannot read " + file + ": " + e.getCause().getMessage());
            return 2;
        }
        return report(verdict, digest, out);
    }

    private static int report(ChainVerifier.Verdict verdict, String digest, PrintStream out) {
        if (!verdict.intact()) {
            ChainVerifier.Finding f = verdict.finding();
            out.println("FAILED " + f.problem() + " at line " + f.line() + (f.seq() >= 0 ? " (record " + f.seq() + ")" : "")
                    + ": " + f.message());
            out.println(verdict.records() + " records before it are intact");
            return 1;
        }
        out.println("OK " + verdict.records() + " records" + (verdict.records() > 0 ? ", seq " + verdict.firstSeq()
                + " to " + verdict.lastSeq() : "") + ", head " + verdict.head());
        if (digest != null) {
            out.println("digest " + digest + " is the hash of record " + verdict.digestSeq() + ": nothing up to it changed");
        }
        if (!verdict.anchored()) {
            out.println("warning: the first record does not start the chain and no --start was given; records before it"
                    + " are not covered");
        }
        return 0;
    }

    private static Iterator<String> lines(Path file) {
        try {
            Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8).filter(l -> !l.isBlank());
            return lines.iterator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
