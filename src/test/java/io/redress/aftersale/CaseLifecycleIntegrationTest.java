package io.redress.aftersale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.aftersale.internal.CaseAttention;
import io.redress.aftersale.internal.CaseTimeline;
import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.deadlines.Deadline;
import io.redress.deadlines.Deadlines;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.shared.ConflictingState;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import io.redress.orders.OrderJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@RedressIntegrationTest
class CaseLifecycleIntegrationTest {

    @Autowired
    CaseLifecycle lifecycle;

    @Autowired
    Cases cases;

    @Autowired
    Deadlines deadlines;

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseTimeline timeline;

    @Autowired
    CaseAttention attention;

    @Autowired
    TransactionTemplate transactions;

    private Case open(CaseType type, GoodsStage goods, String profile) {
        return open(type, goods, profile, null);
    }

    private Case open(CaseType type, GoodsStage goods, String profile, String category) {
        String orderId = pushOrder();
        String id = "C-" + UUID.randomUUID();
        return lifecycle.open(Case.requested(id, orderId, "buyer-1", "shop-1", type, CaseReason.QUALITY, goods,
                category, "CNY", 8900, List.of(new CaseLine("L1", 1)), profile, 1, clock.instant()));
    }

    /** An expiry locks the case's order, so the case needs a real one. */
    private String pushOrder() {
        try {
            return OrderJson.pushExample(mvc);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCaseOpenedInATransactionHasNoAttentionThereButWhatThatTransactionRaised() {
        String orderId = pushOrder();
        String id = "C-" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            Case c = lifecycle.open(Case.requested(id, orderId, "buyer-1", "shop-1", CaseType.REFUND_ONLY,
                    CaseReason.QUALITY, GoodsStage.RECEIVED, null, "CNY", 8900, List.of(new CaseLine("L1", 1)),
                    "taobao", 1, clock.instant()));
            assertThat(cases.addedHere(id)).isTrue();
            assertThat(attention.current(id)).as("a case just added has none").isEmpty();
            attention.raise(c, "leg-1", "the PSP refused the refund", clock.instant());
            assertThat(attention.current(id)).as("what this transaction raised on it").contains("the PSP refused the refund");
        });
        assertThat(cases.addedHere(id)).as("outside the transaction nothing is remembered").isFalse();
        assertThat(attention.current(id)).contains("the PSP refused the refund");
        assertThat(cases.find(id).orElseThrow().version()).isEqualTo(1);
        assertThat(queueDueAt(id)).as("the case row carries its first deadline's due time")
                .isEqualTo(deadlines.find(id).orElseThrow().dueAt());
    }

    private java.time.Instant queueDueAt(String caseId) {
        java.time.OffsetDateTime due = jdbc.sql("SELECT deadline_at FROM after_sale_case WHERE case_id = ?")
                .param(caseId).query(java.time.OffsetDateTime.class).optional().orElse(null);
        return due == null ? null : due.toInstant();
    }

    @Test
    void eachMoveWritesTheDueTimeOfItsNewDeadlineForTheQueue() {
        Case c = open(CaseType.RETURN_AND_REFUND, GoodsStage.RECEIVED, "taobao");
        java.time.Instant sellerDue = deadlines.find(c.caseId()).orElseThrow().dueAt();
        assertThat(queueDueAt(c.caseId())).isEqualTo(sellerDue);

        c = lifecycle.act(c.caseId(), Actor.SELLER, CaseAction.AGREE, c.version());
        Deadline buyerReturns = deadlines.find(c.caseId()).orElseThrow();
        assertThat(buyerReturns.timerId()).isEqualTo("T_RETURN");
        assertThat(queueDueAt(c.caseId())).as("the return's deadline, not the seller's answer")
                .isEqualTo(buyerReturns.dueAt()).isNotEqualTo(sellerDue);

        c = lifecycle.act(c.caseId(), Actor.BUYER, CaseAction.CANCEL, c.version());
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(queueDueAt(c.caseId())).as("a closed case waits for no one").isNull();
    }

    @Test
    void aNewCaseGivesTheSellerTheAnswerTimeOfItsPolicy() {
        Case taobao = open(CaseType.REFUND_ONLY, GoodsStage.UNSHIPPED, "taobao");
        Case jd = open(CaseType.RETURN_AND_REFUND, GoodsStage.RECEIVED, "jd");

        assertThat(cases.find(taobao.caseId())).contains(taobao);
        Deadline seller = deadlines.find(taobao.caseId()).orElseThrow();
        assertThat(seller.timerId()).isEqualTo("T_SELLER_UNSHIPPED");
        assertThat(seller.party()).isEqualTo("SELLER");
        assertThat(seller.onExpiry()).isEqualTo("AUTO_AGREE");
        assertThat(seller.dueAt()).isEqualTo(taobao.createdAt().plus(Duration.ofHours(24)));
        assertThat(deadlines.find(jd.caseId()).orElseThrow().dueAt())
                .as("jd sellers answer in 24 h even after receipt").isEqualTo(jd.createdAt().plus(Duration.ofHours(24)));
    }

    @Test
    void virtualGoodsGiveTheSellerTheirShorterAnswerTime() {
        Case virtual = open(CaseType.REFUND_ONLY, GoodsStage.RECEIVED, "taobao", "virtual");
        Case physical = open(CaseType.REFUND_ONLY, GoodsStage.RECEIVED, "taobao", "apparel");

        assertThat(deadlines.find(virtual.caseId()).orElseThrow().dueAt())
                .isEqualTo(virtual.createdAt().plus(Duration.ofDays(3)));
        assertThat(deadlines.find(physical.caseId()).orElseThrow().dueAt())
                .isEqualTo(physical.createdAt().plus(Duration.ofDays(5)));
        assertThat(cases.find(virtual.caseId()).orElseThrow().timerCategory()).isEqualTo("virtual");
    }

    @Test
    void eachStateRunsItsOwnDeadlineAndDecidedCasesRunNone() {
        Case c = open(CaseType.RETURN_AND_REFUND, GoodsStage.RECEIVED, "taobao");
        c = lifecycle.act(c.caseId(), Actor.SELLER, CaseAction.AGREE, c.version());
        assertThat(c.status()).isEqualTo(CaseStatus.AWAITING_RETURN);
        assertThat(deadlines.find(c.caseId()).orElseThrow().timerId()).isEqualTo("T_RETURN");
        c = lifecycle.act(c.caseId(), Actor.BUYER, CaseAction.SHIP_RETURN, c.version());
        assertThat(deadlines.find(c.caseId()).orElseThrow().onExpiry()).isEqualTo("AUTO_REFUND");
        c = lifecycle.act(c.caseId(), Actor.SELLER, CaseAction.CONFIRM_RECEIPT, c.version());

        assertThat(c.status()).isEqualTo(CaseStatus.REFUNDING);
        assertThat(c.version()).isEqualTo(4);
        assertThat(deadlines.find(c.caseId())).isEmpty();
        // paying a REFUNDING case runs after the commit and may already have finished
        Case refunding = c;
        assertThat(cases.find(c.caseId()).orElseThrow()).satisfiesAnyOf(
                stored -> assertThat(stored).isEqualTo(refunding),
                stored -> assertThat(stored.status()).isEqualTo(CaseStatus.REFUNDED));
    }

    @Test
    void anActionBasedOnAnOldVersionIsRefusedWithTheCurrentCase() {
        Case c = open(CaseType.REFUND_ONLY, GoodsStage.RECEIVED, "taobao");
        Case refused = lifecycle.act(c.caseId(), Actor.SELLER, CaseAction.REFUSE, c.version());

        assertThatThrownBy(() -> lifecycle.act(c.caseId(), Actor.SELLER, CaseAction.AGREE, c.version()))
                .isInstanceOfSatisfying(Cases.StaleCase.class,
                        e -> assertThat(e.properties().get("case")).isEqualTo(refused));
        assertThatThrownBy(() -> cases.save(c.after(new Decision.Allowed(CaseStatus.REFUNDING,
                InterventionStatus.NONE, null, null), clock.instant())))
                .as("two writers from the same version: the second loses").isInstanceOf(Cases.StaleCase.class);
        assertThat(cases.find(c.caseId()).orElseThrow().status()).isEqualTo(CaseStatus.SELLER_REFUSED);
    }

    @Test
    void anActionTheTableRefusesIsAConflictListingWhatIsAllowed() {
        Case c = open(CaseType.REFUND_ONLY, GoodsStage.RECEIVED, "taobao");
        assertThatThrownBy(() -> lifecycle.act(c.caseId(), Actor.BUYER, CaseAction.SHIP_RETURN, c.version()))
                // the table's answer: whether a proposal is pending is for CaseDesk, which parties' actions pass first
                .isInstanceOfSatisfying(ConflictingState.class, e -> assertThat(e.properties().get("allowedActions"))
                        .isEqualTo(List.of("revise", "cancel", "accept-proposal", "reject-proposal")));
        assertThat(cases.find(c.caseId())).contains(c);
    }

    @Test
    void aSilentSellerIsTakenToAgreeWhenTheDevelopmentClockPassesTheDeadline() throws Exception {
        Case c = open(CaseType.REFUND_ONLY, GoodsStage.UNSHIPPED, "taobao");

        mvc.perform(post("/api/v1/admin/clock/advance").with(authentication(new TestingAuthenticationToken(
                                new Caller("admin", Set.of(Role.ADMIN), null, null), null, Role.ADMIN.authority())))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"duration\": \"PT25H\"}"))
                .andExpect(status().isOk());

        long giveUp = System.currentTimeMillis() + Waiting.PATIENCE.toMillis();
        while (cases.find(c.caseId()).orElseThrow().status() == CaseStatus.REQUESTED
                && System.currentTimeMillis() < giveUp) {
            Thread.sleep(50);
        }
        agreedOnceBySystem(c.caseId());
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
