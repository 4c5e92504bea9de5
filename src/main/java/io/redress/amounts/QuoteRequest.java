package io.redress.amounts;

import java.util.List;
import java.util.Objects;

/**
 * The refund being asked about: its type and reason, the lines and units, and the gift lines
 * (with units) that the buyer keeps or cannot send back.
 */
public record QuoteRequest(RefundType type, RefundReason reason, List<Units> lines, List<Units> giftsNotReturned) {

    public QuoteRequest {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
        lines = List.copyOf(lines);
        giftsNotReturned = giftsNotReturned == null ? List.of() : List.copyOf(giftsNotReturned);
    }

    public QuoteRequest(RefundType type, RefundReason reason, List<Units> lines) {
        this(type, reason, lines, List.of());
    }

    /** A number of units of one order line. */
    public record Units(String lineId, int quantity) {
    }
}
