package io.redress.aftersale;

import io.redress.identity.Caller;
import io.redress.payments.RefundAttempt;
import io.redress.payments.Refunds;
import io.redress.shared.ResourceNotFound;
import java.util.List;
import org.springframework.stereotype.Service;

/** The refund transactions that pay a case out, one per payment instrument, for whoever may see the case. */
@Service
public class CaseRefunds {

    private final Cases cases;
    private final Refunds refunds;

    CaseRefunds(Cases cases, Refunds refunds) {
        this.cases = cases;
        this.refunds = refunds;
    }

    /** The case's refund legs by leg number (empty before it is paid out); 404 when the caller may not see it. */
    public List<RefundAttempt> of(Caller caller, String caseId) {
        Case c = cases.find(caseId).filter(found -> CaseAccess.visible(caller, found))
                .orElseThrow(() -> new ResourceNotFound("case", caseId));
        return refunds.attempts(c.caseId());
    }
}
