package io.redress.audit.internal;

import io.redress.audit.AuditFact;
import io.redress.audit.Canonical;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One audit record as the chain appends it ({@link ChainLink}): a seller's agreement (a case's move with its reason,
 * a comment in Chinese, the state before and after and the refund's legs as details) made canonical, hashed, and made
 * canonical again with its hash. The baseline, {@code hashOnly}, measured in the same run, is the SHA-256 of the
 * record's canonical JSON written beforehand: the part no way of writing the record avoids. Single-threaded: per
 * record on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class AuditRecordBenchmark {

    private static final Instant AT = Instant.parse("2026-12-07T10:15:30.123456Z");
    private static final String PREV = Canonical.sha256("the record before");

    private final AuditFact fact = new AuditFact("case.transitioned", "case:C-7d1f2a9e-4b8c-4e0f-9a51-3c2b8d6e1f40",
            "seller1", "SELLER", "QUALITY", "商品有划痕，同意仅退款；运费由店铺承担。",
            Map.of("status", "REQUESTED", "version", 1L), Map.of("status", "REFUNDING", "version", 2L), "policy-3",
            Map.of("caseId", "C-7d1f2a9e-4b8c-4e0f-9a51-3c2b8d6e1f40", "orderId", "DEMO-1001", "amount", 6000L,
                    "legs", List.of(Map.of("paymentId", "P1", "method", "ALIPAY_BALANCE", "amount", 6000L))));
    private final String written = Canonical.json(ChainLink.record(fact, 42, AT, PREV));

    @Benchmark
    public String record() {
        Map<String, Object> record = ChainLink.record(fact, 42, AT, PREV);
        String hash = Canonical.sha256(Canonical.json(record));
        record.put("hash", hash);
        return Canonical.json(record);
    }

    @Benchmark
    public String hashOnly() {
        return Canonical.sha256(written);
    }
}
