package io.redress.payments.internal;

import io.redress.payments.RefundAlreadyRequested;
import io.redress.payments.RefundAttempt;
import io.redress.payments.RefundLeg;
import io.redress.payments.RefundStatus;
import io.redress.payments.Refunds;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records refund attempts; {@link RefundExecution} sends them once this transaction has committed. */
@Service
class RefundRequests implements Refunds {

    static final int MAX_REF_LENGTH = 100;

    private final RefundAttemptRows rows;
    private final RefundExecution execution;
    private final PaymentsClock clock;
    private final PspProperties properties;
    private final RefusedLegs refused;

    RefundRequests(RefundAttemptRows rows, RefundExecution execution, PaymentsClock clock, PspProperties properties,
            RefusedLegs refused) {
        this.rows = rows;
        this.refused = refused;
        this.execution = execution;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    @Transactional
    public List<RefundAttempt> request(String refundRef, String orderId, Currency currency, List<RefundLeg> legs) {
        validate(refundRef, orderId, currency, legs);
        Instant now = now();
        long total = total(legs);
        if (!rows.insertRequest(refundRef, orderId, currency, total, now)) {
            List<RefundAttempt> existing = rows.ofRefund(refundRef);
            if (!sameLegs(existing, orderId, currency, legs)) {
                throw new RefundAlreadyRequested(refundRef);
            }
            return existing;
        }
        return recordAttempts(refundRef, orderId, currency, legs, now);
    }

    /**
     * The payout of a decision made in the caller's transaction: its reference was never decided before, so nothing
     * was requested under it, and the request is inserted without asking (on PostgreSQL with the transaction's next
     * statement). A request found there after all breaks the request's primary key and fails the transaction, so the
     * refund is never requested twice.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<RefundAttempt> requestDecided(String refundRef, String orderId, Currency currency, List<RefundLeg> legs) {
        validate(refundRef, orderId, currency, legs);
        Instant now = now();
        long total = total(legs);
        rows.insertNewRequest(refundRef, orderId, currency, total, now);
        return recordAttempts(refundRef, orderId, currency, legs, now);
    }

    private List<RefundAttempt> recordAttempts(String refundRef, String orderId, Currency currency, List<RefundLeg> legs,
            Instant now) {
        // If the after-commit send is lost (crash), the reconciler finds the attempt due and sends it.
        Instant sendBy = now.plus(properties.unknownBackoff().get(0));
        List<RefundAttempt> attempts = new ArrayList<>(legs.size());
        for (int i = 0; i < legs.size(); i++) {
            RefundLeg leg = legs.get(i);
            int legNo = i + 1;
            RefundAttempt attempt = new RefundAttempt(refundRef + "-" + legNo, refundRef, legNo, orderId,
                    leg.paymentId(), leg.pspReference(), leg.amount(), currency, RefundStatus.REQUESTED, 0, 0, null,
                    null, false, null, sendBy, now, now);
            rows.insertAttempt(attempt);
            attempts.add(attempt);
        }
        execution.sendAfterCommit(attempts);
        return List.copyOf(attempts);
    }

    @Override
    public List<RefundAttempt> attempts(String refundRef) {
        return rows.ofRefund(refundRef);
    }

    @Override
    public boolean resume(String externalKey) {
        return rows.unpark(externalKey, clock.now());
    }

    @Override
    public List<RefundAttempt> confirmRefused(String refundRef) {
        return refused.confirm(refundRef);
    }

    @Override
    public List<RefundAttempt> allAttempts() {
        return rows.all();
    }

    @Override
    public List<RefundAttempt> needingAttention() {
        return rows.needingAttention();
    }

    /** As stored: what is answered is what a read gives. */
    private Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static long total(List<RefundLeg> legs) {
        return legs.stream().mapToLong(RefundLeg::amount).reduce(0, Math::addExact);
    }

    private static void validate(String refundRef, String orderId, Currency currency, List<RefundLeg> legs) {
        Objects.requireNonNull(currency, "currency");
        if (refundRef == null || refundRef.isBlank() || refundRef.length() > MAX_REF_LENGTH) {
            throw new IllegalArgumentException("refundRef must have 1.." + MAX_REF_LENGTH + " characters");
        }
        if (orderId == null || orderId.isBlank()) {
            throw new IllegalArgumentException("orderId is required");
        }
        if (legs == null || legs.isEmpty()) {
            throw new IllegalArgumentException("a refund needs at least one leg");
        }
    }

    private static boolean sameLegs(List<RefundAttempt> existing, String orderId, Currency currency, List<RefundLeg> legs) {
        if (existing.size() != legs.size()) {
            return false;
        }
        for (int i = 0; i < legs.size(); i++) {
            RefundAttempt a = existing.get(i);
            RefundLeg leg = legs.get(i);
            if (!a.orderId().equals(orderId) || !a.currency().equals(currency) || a.amount() != leg.amount()
                    || !a.paymentId().equals(leg.paymentId()) || !a.pspReference().equals(leg.pspReference())) {
                return false;
            }
        }
        return true;
    }
}
