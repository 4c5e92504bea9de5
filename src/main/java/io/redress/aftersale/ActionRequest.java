package io.redress.aftersale;

import java.util.List;

/**
 * What a party sends with an action on a case: always the version it saw, and the fields of API.md's action table
 * that the action takes (the others must be absent).
 */
public record ActionRequest(Long version, Long amount, String returnAddress, String reasonCode, String message,
        List<String> evidenceIds, Long requestedAmount, CaseReason reason, String description, String carrier,
        String trackingNo) {

    public ActionRequest {
        evidenceIds = evidenceIds == null ? null : List.copyOf(evidenceIds);
    }
}
