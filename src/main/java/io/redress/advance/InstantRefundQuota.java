package io.redress.advance;

import java.util.List;

/**
 * A buyer's instant-refund quota as the standing page shows it: whether an instant refund could be offered now,
 * the quota of the policy in force and what is left of it (minor units), and the reasons it could not.
 */
public record InstantRefundQuota(boolean eligible, long quotaTotal, long quotaLeft, List<String> reasons) {

    public InstantRefundQuota {
        reasons = List.copyOf(reasons);
        if (quotaLeft < 0 || quotaLeft > quotaTotal) {
            throw new IllegalArgumentException("quota left " + quotaLeft + " is outside 0.." + quotaTotal);
        }
    }
}
