package io.redress.postrefund.internal;

import io.redress.advance.AdvanceUnrecovered;
import io.redress.advance.Advances;
import io.redress.postrefund.Receivables;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A platform advance a ruling found the buyer must repay becomes the buyer's receivable, after the ruling committed,
 * through the event publication registry; once per case however often the event is delivered.
 */
@Component
class AdvanceReceivables {

    private final Advances advances;
    private final Receivables receivables;

    AdvanceReceivables(Advances advances, Receivables receivables) {
        this.advances = advances;
        this.receivables = receivables;
    }

    @ApplicationModuleListener
    void on(AdvanceUnrecovered unrecovered) {
        advances.of(unrecovered.caseId())
                .ifPresent(advance -> receivables.openForAdvance(advance, unrecovered.reason()));
    }
}
