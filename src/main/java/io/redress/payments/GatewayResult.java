package io.redress.payments;

/** A PSP's answer about one refund: its status, the PSP's own refund id (if any) and a message. */
public record GatewayResult(Status status, String pspRefundId, long amount, String message) {

    /** Outcomes a PSP can state; an unknown outcome is an exception, never a status. */
    public enum Status { SUCCEEDED, PENDING, FAILED }
}
