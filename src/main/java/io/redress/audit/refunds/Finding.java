package io.redress.audit.refunds;

/**
 * One difference the refund audit found: in refund {@code refundRef} (case, shop), the {@code part} (e.g.
 * {@code line:L1.amount}, {@code instrument:P1.paid}, {@code funders.seller}) was expected as {@code expected} and
 * found as {@code found}, with how the expected value was obtained ({@code explanation}, incl. the quote's steps).
 */
public record Finding(String refundRef, String caseId, String shopId, String part, String expected, String found,
        String explanation) {
}
