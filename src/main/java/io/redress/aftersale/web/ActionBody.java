package io.redress.aftersale.web;

import io.redress.aftersale.ActionRequest;
import io.redress.aftersale.CaseReason;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of POST /api/v1/cases/{caseId}/{action}; which fields an action takes is checked by the case desk. */
record ActionBody(
        @NotNull @PositiveOrZero Long version,
        @PositiveOrZero Long amount,
        @Size(max = 500) String returnAddress,
        @Size(max = 64) String reasonCode,
        @Size(max = 2000) String message,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> evidenceIds,
        @PositiveOrZero Long requestedAmount,
        CaseReason reason,
        @Size(max = 2000) String description,
        @Size(max = 64) String carrier,
        @Size(max = 64) String trackingNo) {

    ActionRequest toRequest() {
        return new ActionRequest(version, amount, returnAddress, reasonCode, message, evidenceIds, requestedAmount,
                reason, description, carrier, trackingNo);
    }
}
