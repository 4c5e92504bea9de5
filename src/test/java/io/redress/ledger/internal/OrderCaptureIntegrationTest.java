package io.redress.ledger.internal;

import io.redress.ledger.LineFundings;
import static io.redress.orders.Callers.marketplace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.ledger.Account;
import io.redress.ledger.EntryKind;
import io.redress.ledger.Ledger;
import io.redress.ledger.LedgerLine;
import io.redress.ledger.RefundFunding;
import io.redress.orders.OrderJson;
import io.redress.orders.Orders;
import io.redress.payments.RefundLeg;
import io.redress.payments.Refunds;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@RedressIntegrationTest
class OrderCaptureIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired Ledger ledger;
    @Autowired Orders orders;
    @Autowired Refunds refunds;

    @Test
    void acceptedOrderIsCapturedIntoEscrowAndItsRefundPaidOutOfClearing() throws Exception {
        String orderId = OrderJson.freshId();
        mvc.perform(post("/api/v1/orders").with(marketplace()).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(OrderJson.example(orderId)))).andExpect(status().isCreated());

        List<LedgerLine> escrow = Waiting.until(() -> ofOrder(Account.PLATFORM_ESCROW, orderId), lines -> !lines.isEmpty());
        assertThat(escrow).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(EntryKind.CAPTURE);
            assertThat(line.amount()).isEqualTo(-19600);
        });

        var order = orders.find(orderId).orElseThrow();
        ledger.refund("case-" + orderId, LineFundings.ofLines(order, List.of("L1")));
        refunds.request("case-" + orderId, orderId, order.currency(),
                List.of(new RefundLeg("P1", order.payments().get(0).pspReference(), 18800)));

        List<LedgerLine> clearing = Waiting.until(() -> ofOrder(Account.PSP_CLEARING, orderId), lines -> lines.size() == 2);
        assertThat(clearing).extracting(LedgerLine::kind, LedgerLine::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EntryKind.REFUND_PAYOUT, -18800L),
                        org.assertj.core.groups.Tuple.tuple(EntryKind.CAPTURE, 19600L));
    }

    private List<LedgerLine> ofOrder(Account account, String orderId) {
        return ledger.lines(account).stream().filter(line -> orderId.equals(line.orderId())).toList();
    }
}
