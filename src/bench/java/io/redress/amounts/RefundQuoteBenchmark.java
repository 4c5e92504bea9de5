package io.redress.amounts;

import io.redress.amounts.QuoteRequest.Units;
import io.redress.orders.DiscountKind;
import io.redress.orders.Funder;
import io.redress.orders.Order;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * One quote for a 20-line order with four discounts (two with thresholds that the request breaks) and
 * two payments, returning units of five lines. Single-threaded: the figure is per quote on one core.
 * The baseline, measured in the same run, writes that same quote as JSON, as every API answer does anyway,
 * so the ratio quote / baseline says what the calculation costs next to its cheapest unavoidable neighbour.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class RefundQuoteBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    private final JsonMapper json = JsonMapper.builder().build();
    private Order order;
    private QuoteRequest request;
    private RefundQuote computed;

    @Setup
    public void setUp() {
        AnOrder builder = AnOrder.order("BENCH");
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            builder.line("L" + i, 1 + i % 4, 1990 + 731L * i);
            ids.add("L" + i);
        }
        String[] firstHalf = ids.subList(0, 10).toArray(String[]::new);
        builder.discount("SHOP", DiscountKind.SHOP_COUPON, 3000, Funder.SELLER, 130000L, firstHalf)
                .discount("MJ", DiscountKind.FULL_REDUCTION, 5000, Funder.SELLER, 420000L)
                .discount("PLAT", DiscountKind.PLATFORM_COUPON, 2000, Funder.PLATFORM, null)
                .discount("PTS", DiscountKind.POINTS, 700, Funder.PLATFORM, null)
                .shipping(1000)
                .paidWith(70, 30)
                .fulfilled(Instant.parse("2026-11-21T02:00:00Z"), Instant.parse("2026-11-22T02:00:00Z"));
        order = builder.build();
        request = new QuoteRequest(RefundType.RETURN_AND_REFUND, RefundReason.NO_REASON, List.of(
                new Units("L2", 2), new Units("L5", 1), new Units("L9", 1), new Units("L14", 2), new Units("L20", 1)));
        computed = quote();
    }

    @Benchmark
    public RefundQuote quote() {
        return RefundAmounts.quote(order, request, AmountRules.DEFAULTS, NOW);
    }

    @Benchmark
    public byte[] baselineWriteQuoteAsJson() {
        return json.writeValueAsBytes(computed);
    }
}
