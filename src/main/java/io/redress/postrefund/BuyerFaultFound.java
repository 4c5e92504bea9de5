package io.redress.postrefund;

import io.redress.postrefund.PostRefundRequest.Grounds;
import java.time.Instant;

/**
 * A senior agent upheld a seller's appeal and found the buyer acted in bad faith (DOMAIN §8.2, §10): the recorded
 * fault finding, for whatever keeps the buyer's standing. Published in the review's transaction.
 */
public record BuyerFaultFound(String caseId, String buyerId, String requestId, Grounds grounds, String finding,
        Instant at) {
}
