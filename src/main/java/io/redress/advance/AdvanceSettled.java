package io.redress.advance;

import java.time.Instant;

/**
 * The seller bears an advance: it confirmed (agreed, confirmed receipt), stayed silent past its answer's deadline
 * ({@code by} SYSTEM) or a ruling found for the buyer ({@code by} AGENT); the buyer's quota is released.
 */
public record AdvanceSettled(String caseId, String orderId, String buyerId, String shopId, long amountFen,
        String currency, String by, Instant at) {
}
