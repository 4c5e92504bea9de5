package io.redress.payments;

import java.util.Currency;
import org.springframework.modulith.events.Externalized;

/** The PSP confirmed that one leg's money went back to the buyer's instrument. */
@Externalized("redress.refunds::#{orderId()}")
public record RefundLegSucceeded(String refundRef, String orderId, String externalKey, String paymentId, Currency currency, long amount) {
}
