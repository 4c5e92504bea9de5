package io.redress.aftersale;

import io.redress.identity.Caller;
import io.redress.payments.RefundAttempt;
import io.redress.payments.Refunds;
import io.redress.shared.ResourceNotFound;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The refund transactions that pay a case out, one per payment instrument, for whoever may see the case. The
 * first payout goes under the reference caseId; each operator retry of refused legs under caseId-r2, -r3, ...
 */
@Service
public class CaseRefunds {

    private static final String RETRY = "-r";

    private final Cases cases;
    private final Refunds refunds;

    CaseRefunds(Cases cases, Refunds refunds) {
        this.cases = cases;
        this.refunds = refunds;
    }

    /** The case's refund legs, first payout then retries (empty before it is paid out); 404 when the caller may not see it. */
    public List<RefundAttempt> of(Caller caller, String caseId) {
        Case c = cases.find(caseId).filter(found -> CaseAccess.visible(caller, found))
                .orElseThrow(() -> new ResourceNotFound("case", caseId));
        return all(c.caseId());
    }

    /** Every leg requested for the case under any of its references, in request order. */
    public List<RefundAttempt> all(String caseId) {
        List<RefundAttempt> all = new ArrayList<>();
        for (int round = 1;; round++) {
            List<RefundAttempt> legs = refunds.attempts(reference(caseId, round));
            if (legs.isEmpty()) {
                return all;
            }
            all.addAll(legs);
        }
    }

    /** The refund reference of the case's {@code round}-th payout request (1 = the first payout). */
    public static String reference(String caseId, int round) {
        return round == 1 ? caseId : caseId + RETRY + round;
    }

    /** The case a refund reference pays out. */
    public static String caseOf(String refundRef) {
        return refundRef.replaceFirst(RETRY + "\\d+$", "");
    }
}
