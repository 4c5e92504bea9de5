package io.redress.aftersale;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The platform paying a case before the seller answers (instant refund, advance; docs/instant-refund.md), as cases
 * need it: implemented by the advance module. Without an implementation nothing is paid early.
 */
public interface CaseAdvances {

    /** Pays nothing early and knows no advance. */
    CaseAdvances NONE = new CaseAdvances() {
        @Override
        public Case offer(Case c) {
            return c;
        }

        @Override
        public Optional<CaseAdvance> of(String caseId) {
            return Optional.empty();
        }

        @Override
        public Optional<CaseAdvance> madeHere(String caseId) {
            return Optional.empty();
        }
    };

    /**
     * Offered a case just opened, or whose return was just shipped, in that transaction and under the order's lock:
     * the platform agrees and pays at once when the buyer and the order qualify. Answers the case as it is then.
     */
    Case offer(Case c);

    /** The platform's advance on the case, if it made one. */
    Optional<CaseAdvance> of(String caseId);

    /**
     * As {@link #of(String)}, for a case the current transaction opened: empty, without a read, unless {@link #offer}
     * made the advance in this transaction.
     */
    Optional<CaseAdvance> madeHere(String caseId);

    /** The platform's advances on {@code caseIds}, by case id (a case without one is absent); one read each here. */
    default Map<String, CaseAdvance> of(Collection<String> caseIds) {
        Map<String, CaseAdvance> found = new HashMap<>();
        caseIds.forEach(caseId -> of(caseId).ifPresent(a -> found.put(caseId, a)));
        return found;
    }

    /**
     * An advance as a case shows it: {@code kind} (UNSHIPPED_INSTANT_REFUND, RETURN_ADVANCE), {@code status} (ADVANCED,
     * DISPUTED, SETTLED, RECOVERING) and whether the seller's answer to it is still open.
     */
    record CaseAdvance(String kind, String status, boolean awaitsSeller) {
    }
}
