package io.redress.simulation;

import io.redress.shared.InvalidField;
import io.redress.shared.InvalidRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code java -jar redress.jar simulate SCENARIO --policy REF --against REF [--out DIR] [--store JDBC-URL]}: plays the
 * scenario under both policies, each in an application of its own, shows progress on standard error, and writes
 * {@code report.json}, {@code report.csv} and {@code report.html} into DIR. Exit status 0 when the candidate breaches
 * no legal bound, 1 when it does, 2 on a usage or input error.
 */
public final class SimulateCommand {

    public static final String NAME = "simulate";
    static final String USAGE = "usage: simulate SCENARIO.yaml --policy PROFILE@VERSION|FILE --against PROFILE@VERSION|FILE"
            + " [--out DIR] [--store JDBC-URL [--store-user USER] [--store-password PASSWORD]]";
    /** The application's own store, as application.yml configures it. */
    static final String DEFAULT_STORE = "jdbc:h2:file:./data/redress;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;IFEXISTS=TRUE";

    private SimulateCommand() {
    }

    /** {@code application}: the Spring Boot application class each side starts. */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        Path scenarioFile = null;
        String policy = null;
        String against = null;
        Path dir = null;
        String store = DEFAULT_STORE;
        String user = "sa";
        String password = "";
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            boolean valued = arg.startsWith("--") && i + 1 < args.length;
            if (valued && arg.equals("--policy")) {
                policy = args[++i];
            } else if (valued && arg.equals("--against")) {
                against = args[++i];
            } else if (valued && arg.equals("--out")) {
                dir = Path.of(args[++i]);
            } else if (valued && arg.equals("--store")) {
                store = args[++i];
            } else if (valued && arg.equals("--store-user")) {
                user = args[++i];
            } else if (valued && arg.equals("--store-password")) {
                password = args[++i];
            } else if (scenarioFile == null && !arg.startsWith("--")) {
                scenarioFile = Path.of(arg);
            } else {
                err.println(USAGE);
                return 2;
            }
        }
        if (scenarioFile == null || policy == null || against == null) {
            err.println(USAGE);
            return 2;
        }
        SimulationReport report;
        try {
            Scenario scenario = ScenarioFiles.scenario(Files.readString(scenarioFile, StandardCharsets.UTF_8));
            boolean storeExists = !store.equals(DEFAULT_STORE) || Files.exists(Path.of("data", "redress.mv.db"));
            String url = storeExists ? store : null;
            SimulatedPolicy baseline = PolicyRefs.resolve(policy, url, user, password);
            SimulatedPolicy candidate = PolicyRefs.resolve(against, url, user, password);
            report = Simulator.run(application, scenario, baseline, candidate, new ProgressBar(err), false);
            err.println();
            Path target = dir != null ? dir : Path.of("simulation-" + slug(report.scenario()));
            Files.createDirectories(target);
            Files.writeString(target.resolve("report.json"), ReportFiles.json(report), StandardCharsets.UTF_8);
            Files.writeString(target.resolve("report.csv"), ReportFiles.csv(report), StandardCharsets.UTF_8);
            Files.writeString(target.resolve("report.html"), ReportFiles.html(report, null), StandardCharsets.UTF_8);
            summary(report, target, out);
        } catch (InvalidRequest e) {
            for (InvalidField field : e.errors()) {
                err.println(field.field() + ": " + field.message());
            }
            return 2;
        } catch (IOException e) {
            err.println("cannot read or write: " + e.getMessage());
            return 2;
        }
        return report.candidate().outcomes().legal().total() > 0 ? 1 : 0;
    }

    private static void summary(SimulationReport report, Path target, PrintStream out) {
        SimulationReport.Outcomes a = report.baseline().outcomes();
        SimulationReport.Outcomes b = report.candidate().outcomes();
        out.printf(Locale.ROOT, "%-34s %16s %16s%n", "", report.baseline().policy(), report.candidate().policy());
        row(out, "cases opened", a.cases().opened(), b.cases().opened());
        row(out, "time to money p50 (h)", a.timeToMoney().all().p50Hours(), b.timeToMoney().all().p50Hours());
        row(out, "time to money p90 (h)", a.timeToMoney().all().p90Hours(), b.timeToMoney().all().p90Hours());
        row(out, "time to money p99 (h)", a.timeToMoney().all().p99Hours(), b.timeToMoney().all().p99Hours());
        row(out, "resolved without an agent", a.resolvedWithoutAgentShare(), b.resolvedWithoutAgentShare());
        row(out, "disputes", a.agents().disputes(), b.agents().disputes());
        row(out, "agent SLA breaches", a.agents().acceptSlaBreaches() + a.agents().rulingSlaBreaches(),
                b.agents().acceptSlaBreaches() + b.agents().rulingSlaBreaches());
        row(out, "auto-agreed by timer", a.timeouts().autoAgreed(), b.timeouts().autoAgreed());
        row(out, "closed by timeout", a.timeouts().closedByTimeout(), b.timeouts().closedByTimeout());
        row(out, "refunded (fen)", a.money().refunded(), b.money().refunded());
        row(out, "advanced (fen)", a.money().advanced(), b.money().advanced());
        row(out, "owed by buyers (fen)", a.money().recovering(), b.money().recovering());
        row(out, "written off (fen)", a.money().writtenOff(), b.money().writtenOff());
        row(out, "abusive buyers caught", a.buyers().abusiveCaught(), b.buyers().abusiveCaught());
        row(out, "honest buyers penalised", a.buyers().honestPenalised(), b.buyers().honestPenalised());
        row(out, "legal bounds breached", a.legal().total(), b.legal().total());
        out.printf(Locale.ROOT, "%d events in %.1f s: %.1f events per second%n", report.run().events(),
                report.run().wallMillis() / 1000.0, report.run().eventsPerSecond());
        out.println("report: " + target.resolve("report.html"));
    }

    private static void row(PrintStream out, String label, Object a, Object b) {
        out.printf(Locale.ROOT, "%-34s %16s %16s%n", label, a, b);
    }

    private static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "report" : slug;
    }

    /** {@code [#########...........]  45% baseline  12345 events}, redrawn in place. */
    static final class ProgressBar implements SimulationProgress {
        private final PrintStream err;
        private int last = -1;

        ProgressBar(PrintStream err) {
            this.err = err;
        }

        @Override
        public synchronized void at(String side, double fraction, long events) {
            int percent = (int) Math.floor(fraction * 100);
            if (percent == last && percent != 100) {
                return;
            }
            last = percent;
            int filled = percent * 30 / 100;
            err.print("\r[" + "#".repeat(filled) + ".".repeat(30 - filled) + "] "
                    + String.format(Locale.ROOT, "%3d%% %-9s %8d events", percent, side, events));
            err.flush();
        }
    }
}
