package io.redress.payments.internal;

import io.redress.payments.GatewayResult;
import io.redress.payments.GatewayUnavailable;
import io.redress.payments.PaymentGateway;
import io.redress.payments.PspStatementLine;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Keeps this node's calls to the PSP under {@code redress.psp.requests-per-second}: every call takes the next
 * free slot and waits for it. A backlog (a restart, a PSP outage that ended) then drains as fast as the PSP
 * allows, instead of in fixed batches. When the PSP says it is over its limit and asks us to wait
 * ({@link GatewayUnavailable#retryAfter()}), no call from this node goes out before that time has passed.
 * Measured on the monotonic clock, which a development-clock jump leaves alone.
 */
final class PacedGateway implements PaymentGateway {

    private final PaymentGateway psp;
    private final long intervalNanos;
    private long nextSlot = System.nanoTime();

    PacedGateway(PaymentGateway psp, double requestsPerSecond) {
        if (!(requestsPerSecond > 0)) {
            throw new IllegalStateException("redress.psp.requests-per-second must be positive, was " + requestsPerSecond);
        }
        this.psp = psp;
        this.intervalNanos = (long) (TimeUnit.SECONDS.toNanos(1) / requestsPerSecond);
    }

    @Override
    public GatewayResult refund(String pspReference, long amount, Currency currency, String externalKey) {
        awaitSlot();
        try {
            return psp.refund(pspReference, amount, currency, externalKey);
        } catch (GatewayUnavailable busy) {
            throw backOff(busy);
        }
    }

    @Override
    public Optional<GatewayResult> query(String externalKey) {
        awaitSlot();
        try {
            return psp.query(externalKey);
        } catch (GatewayUnavailable busy) {
            throw backOff(busy);
        }
    }

    @Override
    public List<PspStatementLine> statement() {
        awaitSlot();
        try {
            return psp.statement();
        } catch (GatewayUnavailable busy) {
            throw backOff(busy);
        }
    }

    /** Moves this node's next slot to when the PSP said it may be asked again. */
    private GatewayUnavailable backOff(GatewayUnavailable busy) {
        busy.retryAfter().ifPresent(wait -> {
            synchronized (this) {
                nextSlot = Math.max(nextSlot, System.nanoTime() + wait.toNanos());
            }
        });
        return busy;
    }

    private void awaitSlot() {
        long slot;
        synchronized (this) {
            slot = Math.max(nextSlot, System.nanoTime());
            nextSlot = slot + intervalNanos;
        }
        for (long wait = slot - System.nanoTime(); wait > 0; wait = slot - System.nanoTime()) {
            LockSupport.parkNanos(wait);
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new GatewayUnavailable("interrupted while waiting for a PSP request slot", null);
            }
        }
    }
}
