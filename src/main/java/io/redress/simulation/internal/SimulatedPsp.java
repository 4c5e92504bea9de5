package io.redress.simulation.internal;

import io.redress.payments.GatewayResult;
import io.redress.payments.GatewayUnavailable;
import io.redress.payments.PaymentGateway;
import io.redress.payments.PspStatementLine;
import io.redress.simulation.Scenario;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The scenario's PSP behind the engine's own gateway SPI: a refund is PENDING until its latency has passed on the
 * simulated clock (SUCCEEDED at once without latency), fails or times out at the scenario's rates. The draw for a
 * refund depends only on the seed, the payment and the amount, never on the order threads send in.
 */
final class SimulatedPsp implements PaymentGateway {

    private record Held(String pspRefundId, String pspReference, long amount, Instant createdAt, Instant completesAt,
            boolean failed) {
    }

    private final Scenario.Psp behaviour;
    private final long seed;
    private final Clock clock;
    private final Map<String, Held> refunds = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();

    SimulatedPsp(Scenario.Psp behaviour, long seed, Clock clock) {
        this.behaviour = behaviour;
        this.seed = seed;
        this.clock = clock;
    }

    @Override
    public GatewayResult refund(String pspReference, long amount, Currency currency, String externalKey) {
        inFlight.incrementAndGet();
        calls.incrementAndGet();
        try {
            Held known = refunds.get(externalKey);
            if (known == null) {
                SplittableRandom draw = new SplittableRandom(seed ^ (pspReference + "/" + amount).hashCode() * 0x9E3779B97F4A7C15L);
                boolean timesOut = draw.nextDouble() < behaviour.timeoutRate();
                boolean fails = draw.nextDouble() < behaviour.failureRate();
                Instant now = clock.instant();
                known = new Held("sim-" + externalKey, pspReference, amount, now, now.plus(behaviour.latency()), fails);
                refunds.put(externalKey, known);
                if (timesOut) {
                    throw new GatewayUnavailable("simulated timeout", null);
                }
            }
            return result(known);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    @Override
    public Optional<GatewayResult> query(String externalKey) {
        return Optional.ofNullable(refunds.get(externalKey)).map(this::result);
    }

    @Override
    public List<PspStatementLine> statement() {
        // the reconciliation file a PSP keeps: every refund it was asked for, as it stands now, so that the engine's
        // daily reconciliation finds each refund it recorded as paid also paid here
        return refunds.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new PspStatementLine(e.getKey(), e.getValue().pspReference(), e.getValue().amount(),
                        result(e.getValue()).status(), e.getValue().createdAt()))
                .toList();
    }

    private GatewayResult result(Held held) {
        if (held.failed()) {
            return new GatewayResult(GatewayResult.Status.FAILED, held.pspRefundId(), held.amount(), "simulated failure");
        }
        boolean done = !clock.instant().isBefore(held.completesAt());
        return new GatewayResult(done ? GatewayResult.Status.SUCCEEDED : GatewayResult.Status.PENDING,
                held.pspRefundId(), held.amount(), done ? "paid" : "processing");
    }

    /** Refunds the PSP has been asked for at least once. */
    int known() {
        return refunds.size();
    }

    boolean idle() {
        return inFlight.get() == 0;
    }

    int calls() {
        return calls.get();
    }
}
