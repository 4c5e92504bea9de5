package io.redress.orders.internal;

import java.time.OffsetDateTime;
import java.util.List;

/** A carrier event from the marketplace; lineIds omitted = every line, at omitted = now. */
public record FulfilmentReport(String event, List<String> lineIds, OffsetDateTime at, String carrier, String trackingNo) {
}
