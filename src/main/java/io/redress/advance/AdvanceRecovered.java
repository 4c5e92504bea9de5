package io.redress.advance;

import java.time.Instant;

/** A buyer paid back an advance the platform was recovering from them; their quota is released. */
public record AdvanceRecovered(String caseId, String buyerId, long amountFen, Instant at) {
}
