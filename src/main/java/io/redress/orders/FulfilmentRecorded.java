package io.redress.orders;

import java.time.Instant;
import java.util.List;

/** Lines of an order were shipped or signed for. */
public record FulfilmentRecorded(String orderId, FulfilmentEvent event, List<String> lineIds, Instant at) {

    public FulfilmentRecorded {
        lineIds = List.copyOf(lineIds);
    }
}
