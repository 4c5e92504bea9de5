package io.redress.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;

/**
 * The load run against one running Redress instance on PostgreSQL: optionally grows the database first, then
 * three interleaved rounds of pgbench (TPC-B, 8 clients) and every scenario for the same number of seconds,
 * with as many clients (after --warmup rounds, default 1, that are not counted); prints each round and the medians, each scenario as a ratio to pgbench's tps of its round.
 * Scenarios, in order within a round (each consumes what the one before produced): push, shipped, signed, quote,
 * apply, agree (with the agreement-to-REFUNDED lag), me (buyer1's GET /api/v1/auth/me, which reads nothing from the
 * database: what a call costs the web stack alone), my-cases, my-cases-deep, queue, agents, full (push, shipped,
 * signed, apply, agree per case); --scenarios=push,my-cases,… runs only those named (push: push to agree;
 * agree: the same without the quote; --only=full is --scenarios=full). --cpu-pid=PID --db=DB adds the CPU per full
 * case (CpuMeter). With --cpu-pid, --jit-quiet=P keeps warming up after --warmup rounds, up to --warmup-max (20),
 * until the JIT compiler took less than P % of the JVM's CPU in a warm-up round: on two cores its one C2 thread
 * compiles for minutes after a start, taking a core from the instance's requests while their code is still slow.
 * --wal prints what each round's full-case stage wrote to PostgreSQL's WAL per case, by table (WalPerCase).
 *
 * <p>With --litemall-url=http://127.0.0.1:PORT (and --litemall-db, default litemall; --litemall-mysql= for the mysql
 * client's arguments) the round also runs litemall's after-sale flow (scenario litemall, right after full; Litemall),
 * on --litemall-orders orders per stage inserted before the rounds (default 500 a second of the stage), after
 * --litemall-grow=N existing after-sales added in SQL; it prints the full case's rate as a ratio to litemall's.
 * --litemall-pid=PID adds litemall's JVM CPU and MariaDB's (its mariadbd or mysqld process, or --litemall-mysqld-pid)
 * per flow.
 *
 * <pre>mvn -Pload test-compile exec:exec -Dload.args="--url=http://localhost:8080 --seconds=20 --grow=0"</pre>
 */
public final class LoadRun {

    private final Api api;
    private final Pgbench pgbench;
    private final int clients;
    private final int seconds;
    private final Map<String, List<double[]>> rows = new LinkedHashMap<>();
    private boolean warmingUp;
    private CpuMeter cpu;
    /** Analyzed before each round when the server does not keep its statistics itself; null otherwise. */
    private PlannerStatistics analyzeFirst;

    /** litemall's after-sale flow, the peer measured in the same round (--litemall-url); null: not run. */
    private Litemall litemall;
    /** The orders litemall's flows take, inserted before the rounds. */
    private Queue<String> litemallOrders;
    /** litemall's JVM (--litemall-pid) and its MariaDB server; null: not measured. */
    private CpuMeter litemallCpu;
    private long mysqldPid = -1;

    /** What a full case writes to the WAL (--wal); null: not measured. */
    private WalPerCase wal;

    /** The scenarios a round runs, by name (--scenarios=my-cases,queue,…); null: all of them. */
    private Set<String> scenarios;

    private LoadRun(Api api, Pgbench pgbench, int clients, int seconds) {
        this.api = api;
        this.pgbench = pgbench;
        this.clients = clients;
        this.seconds = seconds;
    }

    /** The run's options: each {@code --name=value} (or {@code --name}, which is "true"), by name. */
    static Map<String, String> options(String[] args) {
        Map<String, String> o = new TreeMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            o.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        return o;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        Api api = new Api(o.getOrDefault("url", "http://localhost:8080"));
        api.signIn();
        int clients = Integer.parseInt(o.getOrDefault("clients", "8"));
        long grow = Long.parseLong(o.getOrDefault("grow", "0"));
        if (grow > 0) {
            Growth.grow(api, grow, clients);
        }
        long growSql = Long.parseLong(o.getOrDefault("grow-sql", "0"));
        if (growSql > 0) {
            new SqlGrowth(o.getOrDefault("pg-host", "127.0.0.1"), o.getOrDefault("pg-port", "5432"),
                    o.getOrDefault("pg-user", "postgres"), o.getOrDefault("db", "redress_load"),
                    Integer.parseInt(o.getOrDefault("deadline-spread", "604800")),
                    Integer.parseInt(o.getOrDefault("waiting", "3"))).grow(api, growSql);
        }
        long disputes = Long.parseLong(o.getOrDefault("disputes", "0"));
        if (disputes > 0) {
            new SqlGrowth(o.getOrDefault("pg-host", "127.0.0.1"), o.getOrDefault("pg-port", "5432"),
                    o.getOrDefault("pg-user", "postgres"), o.getOrDefault("db", "redress_load"), 0, 0)
                    .disputes(disputes);
        }
        long pendingDeadlines = Long.parseLong(o.getOrDefault("pending-deadlines", "0"));
        if (pendingDeadlines > 0) {
            new SqlGrowth(o.getOrDefault("pg-host", "127.0.0.1"), o.getOrDefault("pg-port", "5432"),
                    o.getOrDefault("pg-user", "postgres"), o.getOrDefault("db", "redress_load"), 0, 0)
                    .pendingDeadlines(pendingDeadlines);
        }
        int deadlineProbes = Integer.parseInt(o.getOrDefault("deadline-lag", "0"));
        if (deadlineProbes > 0) {
            new SqlGrowth(o.getOrDefault("pg-host", "127.0.0.1"), o.getOrDefault("pg-port", "5432"),
                    o.getOrDefault("pg-user", "postgres"), o.getOrDefault("db", "redress_load"), 0, 0)
                    .deadlineLag(deadlineProbes, Integer.parseInt(o.getOrDefault("deadline-window", "60")));
        }
        Litemall litemall = null;
        if (o.containsKey("litemall-url")) {
            litemall = new Litemall(o.get("litemall-url"), o.getOrDefault("litemall-db", "litemall"),
                    o.getOrDefault("litemall-mysql", ""), clients);
            litemall.signIn();
            long litemallGrow = Long.parseLong(o.getOrDefault("litemall-grow", "0"));
            if (litemallGrow > 0) {
                litemall.grow(litemallGrow);
            }
        }
        if (o.containsKey("only-grow")) {
            return;
        }
        Pgbench pgbench = new Pgbench(o.getOrDefault("pg-host", "127.0.0.1"), o.getOrDefault("pg-port", "5432"),
                o.getOrDefault("pg-user", "postgres"), o.getOrDefault("pgbench-db", "redress_pgbench"));
        pgbench.initialise();
        LoadRun run = new LoadRun(api, pgbench, clients, Integer.parseInt(o.getOrDefault("seconds", "20")));
        if (o.containsKey("cpu-pid")) {
            run.cpu = new CpuMeter(Long.parseLong(o.get("cpu-pid")), o.getOrDefault("db", "redress_load"));
        }
        if (o.containsKey("scenarios")) {
            run.scenarios = Set.of(o.get("scenarios").split(","));
        } else if (o.containsKey("only")) {
            run.scenarios = Set.of(o.get("only").split(","));
        }
        Psql application = new Psql(o.getOrDefault("pg-host", "127.0.0.1"), o.getOrDefault("pg-port", "5432"),
                o.getOrDefault("pg-user", "postgres"), o.getOrDefault("db", "redress_load"));
        if (o.containsKey("wal")) {
            run.wal = new WalPerCase(application);
            run.wal.prepare();
        }
        PlannerStatistics statistics = new PlannerStatistics(application);
        if (!statistics.kept()) {
            System.out.println("autovacuum is off on this server: the application's database is analyzed before every"
                    + " round (production servers keep autovacuum on)");
            run.analyzeFirst = statistics;
        }
        int rounds = Integer.parseInt(o.getOrDefault("rounds", "3"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "1"));
        if (litemall != null && run.runs("litemall")) {
            int perStage = Integer.parseInt(o.getOrDefault("litemall-orders", Integer.toString(500 * run.seconds)));
            long start = System.nanoTime();
            run.litemall = litemall;
            run.litemallOrders = litemall.orders(perStage * (warmup + rounds));
            System.out.printf("litemall: %d orders inserted in %.1f s%n", perStage * (warmup + rounds),
                    (System.nanoTime() - start) / 1e9);
            if (o.containsKey("litemall-pid")) {
                run.litemallCpu = new CpuMeter(Long.parseLong(o.get("litemall-pid")), null);
                run.mysqldPid = Long.parseLong(o.getOrDefault("litemall-mysqld-pid",
                        Long.toString(CpuMeter.pidOf("mariadbd", "mysqld"))));
            }
        }
        run.warmingUp = true;
        double quietShare = Double.parseDouble(o.getOrDefault("jit-quiet", "0")) / 100;
        int warmupMax = Integer.parseInt(o.getOrDefault("warmup-max", "20"));
        if (quietShare > 0 && run.cpu == null) {
            throw new IllegalArgumentException("--jit-quiet reads the JIT compiler's CPU: it needs --cpu-pid");
        }
        for (int r = 1; r <= warmup || quietShare > 0 && r <= warmupMax; r++) {
            System.out.println("warm-up round " + r + " (not counted)");
            CpuMeter.Reading before = run.cpu == null ? null : run.cpu.read();
            run.round();
            if (before != null) {
                CpuMeter.Used used = run.cpu.read().minus(before);
                double share = used.jvmMs() > 0 ? used.jitMs() / used.jvmMs() : 0;
                System.out.printf("  the JIT compiler's share of the JVM's CPU in warm-up round %d: %.1f %%%n", r, share * 100);
                if (quietShare > 0 && r >= warmup) {
                    if (share < quietShare) {
                        break;
                    }
                    if (r == warmupMax) {
                        System.out.printf("  the JIT compiler was still above %.1f %% after %d warm-up rounds%n",
                                quietShare * 100, warmupMax);
                    }
                }
            }
        }
        run.warmingUp = false;
        for (int r = 1; r <= rounds; r++) {
            System.out.println("round " + r);
            run.round();
        }
        run.printMedians(rounds);
    }

    private void round() throws Exception {
        if (analyzeFirst != null) {
            analyzeFirst.analyze();
        }
        double tps = pgbench.tps(seconds);
        record("pgbench TPC-B", tps, new Stage.Result("pgbench", 0, 0, seconds, 0, 0, 0), tps);
        if (runs("push") || runs("agree")) {
            Queue<String> pushed = Stage.queue();
            Queue<String> shipped = Stage.queue();
            Queue<String> signed = Stage.queue();
            Queue<String> opened = Stage.queue();
            Queue<String> agreed = Stage.queue();
            record("order push", tps, measured(() -> Stage.run("push", clients, seconds, null, pushed, (in, n) -> api.pushOrder(n))), 0);
            record("carrier event SHIPPED", tps, measured(() -> Stage.run("shipped", clients, seconds, pushed, shipped, (in, n) -> api.ship(in))), 0);
            record("carrier event SIGNED", tps, measured(() -> Stage.run("signed", clients, seconds, shipped, signed, (in, n) -> api.sign(in))), 0);
            if (runs("push")) {
                String[] quotable = signed.toArray(new String[0]);
                record("quote", tps, Stage.run("quote", clients, seconds, null, null,
                        (in, n) -> api.quote(quotable[(int) (n % quotable.length)])), 0);
            }
            record("apply", tps, measured(() -> Stage.run("apply", clients, seconds, signed, opened, (in, n) -> api.apply(in))), 0);
            record("agree", tps, measured(() -> Stage.run("agree", clients, seconds, opened, agreed, (in, n) -> api.agree(in))), 0);
            lag("agree → REFUNDED at the agree rate", new ArrayList<>(agreed));
        }
        if (runs("me")) {
            record("who am I (the web stack alone)", tps, measured(() -> Stage.run("me", clients, seconds, null, null, (in, n) -> {
                api.me();
                return null;
            })), 0);
        }
        if (runs("my-cases")) {
            record("my cases (buyer1, first page)", tps, Stage.run("my-cases", clients, seconds, null, null, (in, n) -> {
                api.myCases();
                return null;
            }), 0);
        }
        if (runs("my-cases-deep")) {
            record("my cases, a page 5 pages deep", tps, Stage.run("my-cases-deep", clients, seconds, null, null, (in, n) -> {
                api.myCasesDeep(5);
                return null;
            }), 0);
        }
        if (runs("queue")) {
            record("seller queue (shop-1, first page)", tps, Stage.run("queue", clients, seconds, null, null, (in, n) -> {
                api.sellerQueue();
                return null;
            }), 0);
        }
        if (runs("agents")) {
            record("agents' queue (first page)", tps, Stage.run("agents", clients, seconds, null, null, (in, n) -> {
                api.agentsQueue();
                return null;
            }), 0);
        }
        if (runs("full")) {
            Queue<String> full = Stage.queue();
            String walBefore = wal == null ? null : wal.position();
            CpuMeter.Reading before = cpu == null ? null : cpu.read();
            double clientBefore = CpuMeter.loadClientMs();
            Stage.Result fullCase = Stage.run("full", clients, seconds, null, full,
                    (in, n) -> api.agree(api.apply(api.sign(api.ship(api.pushOrder(n))))));
            double client = CpuMeter.loadClientMs() - clientBefore;
            String walAfter = wal == null ? null : wal.position();
            record("full case (5 calls)", tps, fullCase, 0);
            if (cpu != null && fullCase.ok() > 0) {
                CpuMeter.Used used = cpu.read().minus(before);
                cpuPer(CPU_ROW, "PostgreSQL", used.jvmMs() / fullCase.ok(), used.jitMs() / fullCase.ok(),
                        used.pgMs() / fullCase.ok(), client / fullCase.ok());
            }
            if (wal != null && fullCase.ok() > 0) {
                System.out.println("  written to the WAL per full case, by table:");
                System.out.print(wal.perCase(walBefore, walAfter, fullCase.ok()).indent(4));
            }
            lag("agree → REFUNDED at the full-case rate", new ArrayList<>(full));
            fullRate = fullCase.throughput();
        }
        if (litemall != null) {
            litemallRound(tps);
        }
    }

    /** The full case's rate in this round (0: not run), for its ratio to litemall's flow. */
    private double fullRate;

    /** litemall's after-sale flow for as long and with as many clients as every scenario, then its CPU per flow. */
    private void litemallRound(double tps) throws Exception {
        CpuMeter.Reading before = litemallCpu == null ? null : litemallCpu.read();
        double mysqldBefore = mysqldPid < 0 ? 0 : CpuMeter.processMs(mysqldPid);
        double clientBefore = CpuMeter.loadClientMs();
        Stage.Result flows = Stage.run("litemall", clients, seconds, litemallOrders, null, (in, n) -> litemall.flow(in));
        double client = CpuMeter.loadClientMs() - clientBefore;
        record(LITEMALL_ROW, tps, flows, 0);
        if (litemallOrders.isEmpty()) {
            System.out.println("  litemall: the orders ran out before the stage's end: raise --litemall-orders");
        }
        if (litemallCpu != null && flows.ok() > 0) {
            CpuMeter.Used used = litemallCpu.read().minus(before);
            double mysqld = mysqldPid < 0 ? 0 : CpuMeter.processMs(mysqldPid) - mysqldBefore;
            cpuPer(LITEMALL_CPU_ROW, "MariaDB", used.jvmMs() / flows.ok(), used.jitMs() / flows.ok(),
                    mysqld / flows.ok(), client / flows.ok());
        }
        if (fullRate > 0 && flows.throughput() > 0) {
            double ratio = fullRate / flows.throughput();
            System.out.printf("  %-40s %8.3f%n", "full case / litemall flow", ratio);
            if (!warmingUp) {
                fullToLitemall.add(ratio);
            }
        }
        fullRate = 0;
    }

    private static final String LITEMALL_ROW = "litemall after-sale flow (3 calls)";
    private static final String LITEMALL_CPU_ROW = "CPU per litemall flow";
    private final List<Double> fullToLitemall = new ArrayList<>();

    /**
     * CPU per full case (or per litemall flow) over the stage (the payouts a full case starts run meanwhile, all but
     * the last second's); {@code db}: the database's name, PostgreSQL or MariaDB.
     */
    private void cpuPer(String row, String db, double jvmMs, double jitMs, double dbMs, double clientMs) {
        System.out.printf("  %-40s JVM %6.2f ms (JIT %6.2f, the rest %6.2f)  %s %6.2f ms  total %6.2f ms"
                + "  (load client %6.2f ms)%n", row, jvmMs, jitMs, jvmMs - jitMs, db, dbMs, jvmMs + dbMs, clientMs);
        if (!warmingUp) {
            rows.computeIfAbsent(row, k -> new ArrayList<>())
                    .add(new double[] {jvmMs, jitMs, jvmMs - jitMs, dbMs, jvmMs + dbMs, clientMs});
        }
    }

    private static final String CPU_ROW = "CPU per full case";

    /** Whether this run's rounds include {@code scenario} (push: the chain from push to agree). */
    private boolean runs(String scenario) {
        return scenarios == null || scenarios.contains(scenario);
    }

    /** A stage whose CPU is measured (with --cpu-pid and --db): {@link #record} prints it per call. */
    private interface MeasuredStage {
        Stage.Result run() throws InterruptedException;
    }

    private CpuMeter.Used stageCpu;

    private Stage.Result measured(MeasuredStage stage) throws InterruptedException {
        CpuMeter.Reading before = cpu == null ? null : cpu.read();
        Stage.Result result = stage.run();
        stageCpu = before == null ? null : cpu.read().minus(before);
        return result;
    }

    private void record(String name, double tps, Stage.Result r, double value) {
        double throughput = value > 0 ? value : r.throughput();
        CpuMeter.Used used = stageCpu;
        stageCpu = null;
        String perCall = used == null || r.ok() == 0 ? "" : String.format("  CPU per call JVM %.2f PostgreSQL %.2f ms",
                used.jvmMs() / r.ok(), used.pgMs() / r.ok());
        System.out.printf("  %-40s %8.1f/s  ratio %.3f  p50 %6.1f  p95 %6.1f  p99 %6.1f ms  n %d  errors %d  (%.1f s)%s%n",
                name, throughput, throughput / tps, r.p50(), r.p95(), r.p99(), r.ok(), r.errors(), r.seconds(), perCall);
        if (warmingUp) {
            return;
        }
        rows.computeIfAbsent(name, k -> new ArrayList<>())
                .add(new double[] {throughput, throughput / tps, r.p50(), r.p95(), r.p99(), r.errors()});
    }

    private void lag(String name, List<String> agreed) throws Exception {
        RefundLag.Lag lag = RefundLag.of(api, agreed, 180);
        System.out.printf("  %-40s p50 %8.0f  p99 %8.0f  max %8.0f ms  (%d sampled, %d not refunded)%n",
                name, lag.p50(), lag.p99(), lag.max(), lag.cases(), lag.notRefunded());
        if (warmingUp) {
            return;
        }
        rows.computeIfAbsent(name, k -> new ArrayList<>())
                .add(new double[] {lag.p50(), lag.p99(), lag.max(), lag.notRefunded()});
    }

    private void printMedians(int rounds) {
        System.out.printf("%nMedians of %d rounds, %d clients, %d s per scenario%n%n", rounds, clients, seconds);
        System.out.println("| scenario | per s | ratio to pgbench | p50 ms | p95 ms | p99 ms | errors |");
        System.out.println("|---|---|---|---|---|---|---|");
        rows.forEach((name, values) -> {
            if (values.get(0).length == 6 && !name.equals(CPU_ROW) && !name.equals(LITEMALL_CPU_ROW)) {
                System.out.printf("| %s | %.1f | %.3f | %.1f | %.1f | %.1f | %.0f |%n", name, median(values, 0),
                        median(values, 1), median(values, 2), median(values, 3), median(values, 4), median(values, 5));
            }
        });
        System.out.println();
        System.out.println("| payout lag | p50 ms | p99 ms | max ms | not refunded |");
        System.out.println("|---|---|---|---|---|");
        rows.forEach((name, values) -> {
            if (values.get(0).length == 4) {
                System.out.printf("| %s | %.0f | %.0f | %.0f | %.0f |%n", name, median(values, 0), median(values, 1),
                        median(values, 2), median(values, 3));
            }
        });
        printCpu(CPU_ROW, "PostgreSQL");
        printCpu(LITEMALL_CPU_ROW, "MariaDB");
        if (!fullToLitemall.isEmpty()) {
            System.out.printf("%nfull case / litemall flow, median of %d rounds: %.3f%n", fullToLitemall.size(),
                    median(fullToLitemall.stream().map(r -> new double[] {r}).toList(), 0));
        }
    }

    private void printCpu(String row, String db) {
        if (rows.containsKey(row)) {
            List<double[]> values = rows.get(row);
            System.out.println();
            System.out.println("| " + row + " | JVM ms | of which JIT | JVM without JIT | " + db + " ms | total ms"
                    + " | load client ms |");
            System.out.println("|---|---|---|---|---|---|---|");
            System.out.printf("| median | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", median(values, 0),
                    median(values, 1), median(values, 2), median(values, 3), median(values, 4), median(values, 5));
        }
    }

    private static double median(List<double[]> values, int column) {
        double[] column1 = values.stream().mapToDouble(v -> v[column]).sorted().toArray();
        return column1.length % 2 == 1 ? column1[column1.length / 2]
                : (column1[column1.length / 2 - 1] + column1[column1.length / 2]) / 2;
    }
}
