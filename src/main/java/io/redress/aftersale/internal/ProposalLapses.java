package io.redress.aftersale.internal;

import io.redress.aftersale.CaseAction;
import io.redress.aftersale.CaseProposal;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.CaseTransitioned;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A pending proposal lapses when the case moves on without the buyer's answer (the seller agreed or refused after
 * all, the buyer revised or cancelled, the seller's answer time ran out), in the transaction of that transition.
 * A proposal is made only while the case is REQUESTED and every other move out of or within REQUESTED ends it, so
 * a move from any other status has none to end and writes nothing.
 */
@Component
class ProposalLapses {

    private static final Set<CaseAction> ANSWERS = EnumSet.of(CaseAction.PROPOSE, CaseAction.ACCEPT_PROPOSAL,
            CaseAction.REJECT_PROPOSAL);

    private final CaseProposals proposals;

    ProposalLapses(CaseProposals proposals) {
        this.proposals = proposals;
    }

    @EventListener
    void on(CaseTransitioned moved) {
        if (moved.from() == CaseStatus.REQUESTED && !ANSWERS.contains(moved.action())) {
            proposals.end(moved.caseId(), CaseProposal.State.LAPSED, moved.at());
        }
    }
}
