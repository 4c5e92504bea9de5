package io.redress.aftersale;

import java.util.List;

/** A buyer's application for after-sale service; {@code requestedAmount} null asks for the most refundable. */
public record CaseApplication(String orderId, CaseType type, CaseReason reason, List<CaseLine> lines,
        Long requestedAmount, String description) {

    public CaseApplication {
        lines = List.copyOf(lines);
    }
}
