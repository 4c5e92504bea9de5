package io.redress.aftersale;

import java.time.Instant;
import org.springframework.modulith.events.Externalized;

/** A buyer's application became a case (published in the transaction that stored it). */
@Externalized("redress.cases::#{caseId()}")
public record CaseOpened(String caseId, String orderId, String buyerId, String shopId, CaseType type, CaseReason reason,
        CaseStatus status, String currency, long requestedAmount, String policyProfile, int policyVersion, long version,
        Instant at) {

    static CaseOpened of(Case c) {
        return new CaseOpened(c.caseId(), c.orderId(), c.buyerId(), c.shopId(), c.type(), c.reason(), c.status(),
                c.currency(), c.requestedAmount(), c.policyProfile(), c.policyVersion(), c.version(), c.createdAt());
    }
}
