package io.redress.aftersale.web;

import io.redress.aftersale.CaseCommand;
import io.redress.aftersale.CaseReason;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The body of POST /api/v1/cases/{caseId}/{action}; {@link #toCommand} turns it into the action's command. */
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

    /** The command of the action named by the path; 404 for an unknown one, 400 for fields it does not take. */
    CaseCommand toCommand(String action) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("version", version);
        fields.put("amount", amount);
        fields.put("returnAddress", returnAddress);
        fields.put("reasonCode", reasonCode);
        fields.put("message", message);
        fields.put("evidenceIds", evidenceIds);
        fields.put("requestedAmount", requestedAmount);
        fields.put("reason", reason);
        fields.put("description", description);
        fields.put("carrier", carrier);
        fields.put("trackingNo", trackingNo);
        return CaseCommand.of(action, fields);
    }
}
