package io.redress.payments.sandbox;

/** The body of a refund call in the sandbox PSP's protocol; {@code notifyUrl} receives signed callbacks. */
public record PspRefundRequest(String externalKey, String pspReference, long amount, String currency, String notifyUrl) {
}
