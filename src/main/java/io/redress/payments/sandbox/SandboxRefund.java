package io.redress.payments.sandbox;

import java.time.Instant;
import java.util.UUID;

/** One refund in the sandbox's books. Money moves (payouts + 1) once, when the refund succeeds. */
final class SandboxRefund {

    private final PspRefundRequest request;
    private final String pspRefundId = "sbx-" + UUID.randomUUID();
    private final Instant createdAt = Instant.now();
    private String status;
    private int payouts;
    private int repeats;

    SandboxRefund(PspRefundRequest request, String status) {
        this.request = request;
        this.status = status;
        this.payouts = status.equals("SUCCEEDED") ? 1 : 0;
    }

    boolean matches(PspRefundRequest other) {
        return request.amount() == other.amount() && request.pspReference().equals(other.pspReference());
    }

    /** Counts a refund request that came again under this refund's key. */
    synchronized void repeated() {
        repeats++;
    }

    synchronized int repeats() {
        return repeats;
    }

    /** Completes a pending refund; false when it was not pending. */
    synchronized boolean succeed() {
        if (!status.equals("PENDING")) {
            return false;
        }
        status = "SUCCEEDED";
        payouts++;
        return true;
    }

    synchronized PspRefund view() {
        return new PspRefund(request.externalKey(), request.pspReference(), request.amount(), request.currency(),
                status, pspRefundId, status.equals("FAILED") ? "declined by the sandbox" : null, payouts,
                createdAt.toString());
    }
}
