package io.redress.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@RedressIntegrationTest
class OrderListingIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Orders orders;

    @Test
    void aBuyerSeesOnlyTheirOwnOrdersNewestFirst() throws Exception {
        String buyer = "buyer-" + UUID.randomUUID();
        String older = push(buyer, "shop-1", "2026-11-01T10:00:00+08:00");
        String newer = push(buyer, "shop-2", "2026-11-02T10:00:00+08:00");
        push("buyer-" + UUID.randomUUID(), "shop-1", "2026-11-03T10:00:00+08:00");

        assertThat(orders.placedBy(buyer, 10)).extracting(Order::orderId).containsExactly(newer, older);
        assertThat(orders.placedBy(buyer, 10).get(0).lines()).hasSize(1);
    }

    @Test
    void aShopSeesOnlyItsOwnOrdersAndNoMoreThanAsked() throws Exception {
        String shop = "shop-" + UUID.randomUUID();
        push("buyer-1", shop, "2026-11-01T10:00:00+08:00");
        String newest = push("buyer-2", shop, "2026-11-05T10:00:00+08:00");
        push("buyer-1", "shop-" + UUID.randomUUID(), "2026-11-06T10:00:00+08:00");

        assertThat(orders.forShop(shop, 5)).extracting(Order::shopId).containsOnly(shop).hasSize(2);
        assertThat(orders.forShop(shop, 1)).extracting(Order::orderId).containsExactly(newest);
        assertThat(orders.forShop("shop-nobody", 5)).isEmpty();
    }

    private String push(String buyerId, String shopId, String placedAt) throws Exception {
        return OrderJson.push(mvc, buyerId, shopId, placedAt);
    }
}
