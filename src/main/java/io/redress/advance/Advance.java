package io.redress.advance;

import java.time.Instant;

/**
 * What the platform paid first on one case: {@code amount} in minor units of {@code currency}, to {@code buyerId},
 * for the shop {@code shopId}; where it stands, who ended it ({@code outcomeBy}: SELLER, SYSTEM, AGENT…, null while
 * open) and why ({@code outcome}).
 */
public record Advance(String caseId, String orderId, String buyerId, String shopId, AdvanceKind kind,
        AdvanceStatus status, long amount, String currency, String outcomeBy, String outcome, Instant advancedAt,
        Instant closedAt) {
}
