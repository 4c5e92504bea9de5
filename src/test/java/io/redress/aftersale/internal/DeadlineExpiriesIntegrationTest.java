package io.redress.aftersale.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressIntegrationTest;
import io.redress.aftersale.Actor;
import io.redress.aftersale.Case;
import io.redress.aftersale.CaseAction;
import io.redress.aftersale.CaseLifecycle;
import io.redress.aftersale.CaseLine;
import io.redress.aftersale.CaseReason;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.CaseType;
import io.redress.aftersale.Cases;
import io.redress.aftersale.GoodsStage;
import io.redress.deadlines.DeadlineExpired;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import io.redress.orders.OrderJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@RedressIntegrationTest
class DeadlineExpiriesIntegrationTest {

    @Autowired
    DeadlineExpiries expiries;

    @Autowired
    CaseLifecycle lifecycle;

    @Autowired
    Cases cases;

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseTimeline timeline;

    /** A case on a fresh order: an expiry locks the case's order. */
    private Case open() throws Exception {
        String id = "C-" + UUID.randomUUID();
        return lifecycle.open(Case.requested(id, OrderJson.pushExample(mvc), "buyer-1", "shop-1", CaseType.REFUND_ONLY,
                CaseReason.NOT_RECEIVED, GoodsStage.UNSHIPPED, null, "CNY", 100, List.of(new CaseLine("L1", 1)), "taobao", 1,
                clock.instant()));
    }

    @Test
    void anExpiryDeliveredTwiceActsOnce() throws Exception {
        Case c = open();
        DeadlineExpired expired = new DeadlineExpired(c.caseId(), "T_SELLER_UNSHIPPED", "AUTO_AGREE",
                c.createdAt().plus(Duration.ofHours(24)));

        expiries.apply(expired);
        expiries.apply(expired);

        agreedOnceBySystem(c.caseId());
    }

    @Test
    void anExpiryArrivingAfterThePartyActedIsDropped() throws Exception {
        Case c = open();
        DeadlineExpired expired = new DeadlineExpired(c.caseId(), "T_SELLER_UNSHIPPED", "AUTO_AGREE",
                c.createdAt().plusNanos(1000));
        Case refused = lifecycle.act(c.caseId(), Actor.SELLER, CaseAction.REFUSE, c.version());

        expiries.apply(expired);

        assertThat(cases.find(c.caseId())).contains(refused);
    }

    /** The expiry agreed once, as version 2; the payout of the refund may have moved the case on since. */
    private void agreedOnceBySystem(String caseId) {
        assertThat(timeline.of(caseId)).filteredOn(e -> e.action().equals("AUTO_AGREE")).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(Actor.SYSTEM);
                    assertThat(e.to()).isEqualTo(CaseStatus.REFUNDING);
                    assertThat(e.version()).isEqualTo(2);
                });
    }
}
