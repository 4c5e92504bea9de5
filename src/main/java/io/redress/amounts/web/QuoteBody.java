package io.redress.amounts.web;

import io.redress.amounts.QuoteRequest;
import io.redress.amounts.RefundReason;
import io.redress.amounts.RefundType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of POST /api/v1/orders/{orderId}/refund-quotes. */
record QuoteBody(
        @NotNull RefundType type,
        @NotNull RefundReason reason,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid Units> lines,
        @Size(max = 200) List<@NotNull @Valid Units> giftsNotReturned) {

    record Units(@NotBlank @Size(max = 64) String lineId, @NotNull Integer quantity) {
    }

    QuoteRequest toRequest() {
        return new QuoteRequest(type, reason, convert(lines), giftsNotReturned == null ? List.of() : convert(giftsNotReturned));
    }

    private static List<QuoteRequest.Units> convert(List<Units> units) {
        return units.stream().map(u -> new QuoteRequest.Units(u.lineId(), u.quantity())).toList();
    }
}
