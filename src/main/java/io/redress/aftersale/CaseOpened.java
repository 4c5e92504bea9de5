package io.redress.aftersale;

import java.time.Instant;
import org.springframework.modulith.events.Externalized;

/** A buyer's application became a case (published in the transaction that stored it). */
@Externalized("redress.cases::#{caseId()}")
public record CaseOpened(String caseId, String orderId, String buyerId, String shopId, CaseType type, CaseReason reason,
        CaseStatus status, long requestedAmount, String currency, long version, Instant at) {

    static CaseOpened of(Case opened) {
        return new CaseOpened(opened.caseId(), opened.orderId(), opened.buyerId(), opened.shopId(), opened.type(),
                opened.reason(), opened.status(), opened.requestedAmount(), opened.currency(), opened.version(),
                opened.createdAt());
    }
}
