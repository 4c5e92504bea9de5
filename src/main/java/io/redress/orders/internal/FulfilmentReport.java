package io.redress.orders.internal;

import org.springframework.modulith.NamedInterface;
import io.redress.orders.FulfilmentEvent;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/** A carrier event from the marketplace; lineIds omitted = every line, at omitted = now. */
@NamedInterface("intake")
public record FulfilmentReport(
        @Schema(implementation = FulfilmentEvent.class, requiredMode = Schema.RequiredMode.REQUIRED) String event,
        List<String> lineIds, OffsetDateTime at, String carrier, String trackingNo) {
}
