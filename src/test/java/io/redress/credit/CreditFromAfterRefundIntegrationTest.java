package io.redress.credit;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.advance.AdvanceUnrecovered;
import io.redress.postrefund.BuyerFaultFound;
import io.redress.postrefund.PostRefundRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A bad-faith finding on a seller's appeal and a platform advance the buyer must repay become the buyer's credit
 * inputs, once per source however often the event is delivered, and the ladder issues its penalties from them.
 */
@RedressIntegrationTest
class CreditFromAfterRefundIntegrationTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    CreditInputs inputs;
    @Autowired
    Penalties penalties;
    @Autowired
    Privileges privileges;
    @Autowired
    Clock clock;

    @Test
    void aBadFaithFindingAndAnUnrecoveredAdvanceCountOnceEachAndClimbTheLadder() {
        String buyerId = "buyer-w-" + UUID.randomUUID();
        Party buyer = Party.buyer(buyerId);
        Instant at = clock.instant().minusSeconds(30);
        BuyerFaultFound found = new BuyerFaultFound("C-w1-" + buyerId, buyerId, "PR-" + buyerId,
                PostRefundRequest.Grounds.EMPTY_PARCEL, "the parcel left the warehouse full", at);
        AdvanceUnrecovered unrecovered = new AdvanceUnrecovered("C-w2-" + buyerId, buyerId, 9900,
                "ruled for the seller, the buyer at fault", at);
        publish(found);
        publish(found);
        Waiting.until(() -> inputs.standing(buyer), s -> s.points() == 2);
        assertThat(penalties.of(buyer)).isEmpty();

        publish(unrecovered);
        publish(unrecovered);
        List<Penalty> issued = Waiting.until(() -> penalties.of(buyer), p -> p.size() == 2);
        assertThat(issued).extracting(Penalty::kind)
                .containsExactlyInAnyOrder(PenaltyKind.WARNING, PenaltyKind.PRIVILEGE_SUSPENDED);
        assertThat(issued).allSatisfy(p -> assertThat(p.caseIds())
                .containsExactlyInAnyOrder(found.caseId(), unrecovered.caseId()));
        assertThat(privileges.of(buyer).instantRefund()).isFalse();

        List<CreditInput> recorded = inputs.inputs(buyer).stream().map(r -> r.input()).toList();
        assertThat(recorded).extracting(CreditInput::kind)
                .containsExactlyInAnyOrder(CreditKind.BAD_FAITH_APPEAL, CreditKind.ADVANCE_RECOVERY);
        assertThat(recorded).extracting(i -> i.source().type() + "/" + i.source().ref())
                .containsExactlyInAnyOrder("POST_REFUND_APPEAL/" + found.requestId(), "ADVANCE/" + unrecovered.caseId());
        assertThat(inputs.standing(buyer).points()).isEqualTo(3);
    }

    private void publish(Object event) {
        tx.executeWithoutResult(status -> events.publishEvent(event));
    }
}
