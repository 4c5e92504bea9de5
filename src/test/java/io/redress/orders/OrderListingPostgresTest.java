package io.redress.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressPostgresTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@RedressPostgresTest
class OrderListingPostgresTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Orders orders;

    @Test
    void buyerAndShopListsAreNewestFirstAndCappedOnPostgres() throws Exception {
        String buyer = "buyer-" + UUID.randomUUID();
        String shop = "shop-" + UUID.randomUUID();
        String older = OrderJson.push(mvc, buyer, shop, "2026-11-01T10:00:00+08:00");
        String newer = OrderJson.push(mvc, buyer, shop, "2026-11-02T10:00:00+08:00");
        OrderJson.push(mvc, "buyer-" + UUID.randomUUID(), "shop-" + UUID.randomUUID(), "2026-11-03T10:00:00+08:00");

        assertThat(orders.placedBy(buyer, 10)).extracting(Order::orderId).containsExactly(newer, older);
        assertThat(orders.forShop(shop, 1)).extracting(Order::orderId).containsExactly(newer);
    }
}
