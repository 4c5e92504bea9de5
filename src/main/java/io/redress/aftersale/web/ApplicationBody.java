package io.redress.aftersale.web;

import io.redress.aftersale.CaseApplication;
import io.redress.aftersale.CaseLine;
import io.redress.aftersale.CaseReason;
import io.redress.aftersale.CaseType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of POST /api/v1/cases. */
record ApplicationBody(
        @NotBlank @Size(max = 64) String orderId,
        @NotNull CaseType type,
        @NotNull CaseReason reason,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid Units> lines,
        @PositiveOrZero Long requestedAmount,
        @Size(max = 2000) String description) {

    record Units(@NotBlank @Size(max = 64) String lineId, @NotNull @Min(1) Integer quantity) {
    }

    CaseApplication toApplication() {
        return new CaseApplication(orderId, type, reason,
                lines.stream().map(u -> new CaseLine(u.lineId(), u.quantity())).toList(), requestedAmount, description);
    }
}
