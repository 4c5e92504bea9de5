package io.redress.payments;

import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The SPI to a payment service provider's refund API. {@code externalKey} is the idempotency key the PSP
 * keeps (Alipay out_request_no): a second call with the same key must never pay twice.
 * A timeout, a transport error or a 5xx is thrown as {@link GatewayUnavailable}: the outcome is unknown.
 */
public interface PaymentGateway {

    /** Asks the PSP to refund {@code amount} minor units of the payment {@code pspReference}. */
    GatewayResult refund(String pspReference, long amount, Currency currency, String externalKey);

    /** What the PSP knows about the refund with this key; empty when it has no record of it. */
    Optional<GatewayResult> query(String externalKey);

    /** The PSP's record of every refund it holds, for reconciliation. */
    List<PspStatementLine> statement();
}
