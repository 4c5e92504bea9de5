package io.redress.console;

import io.redress.aftersale.Case;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.CaseType;
import io.redress.orders.Order;
import io.redress.orders.Payment;
import io.redress.orders.PaymentMethod;
import io.redress.payments.RefundAttempt;
import io.redress.payments.RefundStatus;
import java.time.Instant;
import java.util.List;

/**
 * The money of one case as the case page shows it: each leg back to a payment instrument with where it stands,
 * the total already paid back, and, before anything was sent, what has to happen first ({@code next}).
 */
record CaseMoney(List<Leg> legs, long refunded, String next) {

    /** One leg: {@code state} is a message key suffix; {@code reason} the PSP's or the reconciler's words, if any. */
    record Leg(PaymentMethod method, long amount, String state, String reason, String externalKey, int attempts,
            Instant updatedAt) {
    }

    static CaseMoney of(Case c, Order order, List<RefundAttempt> attempts) {
        return of(c.status(), c.type(), order == null ? List.of() : order.payments(), attempts);
    }

    static CaseMoney of(CaseStatus status, CaseType type, List<Payment> payments, List<RefundAttempt> attempts) {
        List<Leg> legs = attempts.stream().map(attempt -> leg(attempt, payments)).toList();
        long refunded = attempts.stream().filter(a -> a.status() == RefundStatus.SUCCEEDED)
                .mapToLong(RefundAttempt::amount).sum();
        return new CaseMoney(legs, refunded, legs.isEmpty() ? next(status, type) : null);
    }

    private static Leg leg(RefundAttempt attempt, List<Payment> payments) {
        PaymentMethod method = payments.stream()
                .filter(p -> p.paymentId().equals(attempt.paymentId())).map(Payment::method).findFirst().orElse(null);
        // a parked leg is still UNKNOWN or PENDING underneath; what the buyer needs to know is that a person acts next
        String state = attempt.parked() && !attempt.status().isFinal() ? "PARKED" : attempt.status().name();
        String reason = switch (state) {
            case "PARKED" -> attempt.parkReason();
            case "FAILED" -> attempt.lastError();
            default -> null;
        };
        return new Leg(method, attempt.amount(), state, reason, attempt.externalKey(), attempt.attempts(),
                attempt.updatedAt());
    }

    /** What a case without refund attempts waits for, as a message key suffix. */
    private static String next(CaseStatus status, CaseType type) {
        if (status == CaseStatus.REFUNDING) {
            return "sending";
        }
        if (status == CaseStatus.REFUNDED) {
            return "nothingHeld";
        }
        if (status.terminal() || type == CaseType.EXCHANGE) {
            return "none";
        }
        if (status == CaseStatus.AWAITING_RETURN || status == CaseStatus.RETURN_SHIPPED) {
            return "afterReturn";
        }
        return type == CaseType.RETURN_AND_REFUND ? "afterAgreementAndReturn" : "afterAgreement";
    }
}
