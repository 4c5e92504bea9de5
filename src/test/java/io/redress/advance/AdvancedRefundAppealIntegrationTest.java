package io.redress.advance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.orders.OrderJson;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A refund the platform paid first (decision action INSTANT_REFUND) was not the seller's own agreement: the seller may
 * appeal it after the refund, and the appeal reads it as a platform advance.
 */
@RedressIntegrationTest
@ExtendWith(InstantRefundsOn.class)
class AdvancedRefundAppealIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    @Test
    void aSellerMayAppealARefundThePlatformAdvancedAndItCountsAsAPlatformAdvance() throws Exception {
        AdvanceCalls calls = new AdvanceCalls(mvc, clock);
        Map<String, Object> opened = calls.opened(calls.order(), "REFUND_ONLY", "NOT_RECEIVED");
        Object caseId = opened.get("caseId");
        assertThat(opened).containsEntry("advanceStatus", "ADVANCED");
        Map<String, Object> refunded = Waiting.until(() -> calls.read(caseId), c -> "REFUNDED".equals(c.get("status")));
        assertThat(((Map<?, ?>) refunded.get("refundDecision")).get("action")).isEqualTo("INSTANT_REFUND");

        String photo = calls.evidence(AdvanceCalls.SELLER, caseId);
        Map<String, Object> appeal = AdvanceCalls.json(mvc.perform(post("/api/v1/cases/" + caseId
                        + "/post-refund-requests").with(AdvanceCalls.SELLER).contentType(MediaType.APPLICATION_JSON)
                        .content(OrderJson.write(Map.of("kind", "SELLER_APPEAL", "grounds", "FAKE_TRACKING",
                                "message", "the goods never left; the buyer asked for them", "evidenceIds",
                                List.of(photo)))))
                .andExpect(status().isCreated()));
        assertThat(appeal).containsEntry("kind", "SELLER_APPEAL").containsEntry("status", "AWAITING_REVIEW")
                .containsEntry("refundSource", "PLATFORM_ADVANCE");
    }
}
